package dev.roster.application.report;

import static dev.roster.application.testkit.TextSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.job.JobView;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.CommentPage;
import dev.roster.application.port.CommentPage.Comment;
import dev.roster.application.port.MetricSource;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.spreadsheet.SheetLanguage;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.TextSheets;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.job.JobId;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.PlatformCode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comment analysis through the roster's front door, on in-memory ports and scripted pages of comments. */
class AnalyseCommentsTest {

    private static final PlatformCode A = PlatformCode.of("a");
    private static final URI POST = URI.create("https://blog.example/p/1");
    private static final URI PAGE_2 = URI.create("https://blog.example/p/1?page=2");
    private static final URI LONG = URI.create("https://blog.example/p/long");
    private static final URI MINJI = URI.create("https://blog.example/minji");
    private static final URI HIDDEN = URI.create("https://blog.example/hidden");

    private final InMemoryJobQueue queue = new InMemoryJobQueue();
    private final TextSheets sheets = new TextSheets();
    private final List<URI> profilesRead = Collections.synchronizedList(new ArrayList<>());
    private final MetricSource profiles = (CollectionTarget target) -> {
        profilesRead.add(target.profileUrl());
        return target.profileUrl().equals(HIDDEN)
                ? new CollectionOutcome.AccountPrivate("private")
                : new CollectionOutcome.Collected(MetricReading.of(
                        Instant.parse("2026-12-07T12:00:00Z"),
                        Map.of(MetricName.FOLLOWERS, 1_234L, MetricName.DAILY_VISITORS, 56L)));
    };
    private final ScriptedPosts posts = new ScriptedPosts(
            post -> new PostOutcome.Live(null),
            Map.of(
                    POST,
                    new CommentPage(
                            new PostOutcome.Live(MINJI),
                            List.of(
                                    new Comment(
                                            "좋아요! https://shop.example/item?id=1, 꼭 사세요.",
                                            MINJI,
                                            "2026-12-01T10:00:00Z"),
                                    new Comment("문의는 www.brand.co.kr로 주세요.", HIDDEN, null)),
                            PAGE_2),
                    PAGE_2,
                    new CommentPage(
                            new PostOutcome.Live(null),
                            List.of(new Comment("=HYPERLINK(\"https://shop.example/item?id=1\")", MINJI, null)),
                            null),
                    LONG,
                    new CommentPage(
                            new PostOutcome.Live(null),
                            List.of(new Comment("첫 페이지", null, null)),
                            LONG.resolve("?page=2")),
                    LONG.resolve("?page=2"),
                    new CommentPage(
                            new PostOutcome.Live(null),
                            List.of(new Comment("둘째 페이지", null, null)),
                            LONG.resolve("?page=3"))),
            2);
    private final Roster roster = Roster.builder()
            .storage(new InMemoryStorage())
            .files(new InMemoryFileStore(Clock.systemUTC()))
            .collection(new InMemoryJobQueue())
            .platformCollection(
                    A, new PlatformCollection(null, Duration.ofDays(1), 0, 2, PlatformCollection.Collector.SERVER))
            .metricSource(A, profiles)
            .spreadsheets(sheets, sheets, new InMemoryJobQueue())
            .reports(queue)
            .postSource(A, posts)
            .build();

    @Test
    void readsEveryPageOfCommentsAndEachCommenterOnce() {
        var minji = roster.accounts()
                .register(
                        new RegisterAccountCommand("a", "김민지", "010-1234-5678", "minji", MINJI.toString(), null, null));

        JobView done = run(roster.reports()
                .analyseComments(
                        "a",
                        List.of(POST.toString(), "https://blog.example/p/gone", POST.toString()),
                        SheetLanguage.ENGLISH));

        assertThat(done.result())
                .containsEntry("posts", 2L)
                .containsEntry("comments", 3L)
                .containsEntry("commenters", 2L)
                .containsEntry("urls", 2L)
                .containsKey("resultFileUrl");
        assertThat(profilesRead).containsExactlyInAnyOrder(MINJI, HIDDEN);
        List<TextSheets.Written> workbook = sheets.lastWorkbook();
        assertThat(workbook).extracting(TextSheets.Written::sheetName).containsExactly("Comments", "URL", "Posts");
        TextSheets.Written comments = workbook.get(0);
        assertThat(comments.columns())
                .extracting(SheetColumn::label)
                .containsExactly(
                        "Post URL",
                        "Comment",
                        "Time",
                        "Commenter",
                        "Profile URL",
                        "Followers",
                        "Daily visitors",
                        "Metrics at",
                        "URLs in comment",
                        "In roster",
                        "Account id",
                        "Reason");
        assertThat(comments.rows().get(0).values())
                .containsExactly(
                        POST.toString(),
                        "좋아요! https://shop.example/item?id=1, 꼭 사세요.",
                        "2026-12-01T10:00:00Z",
                        "minji",
                        MINJI.toString(),
                        1_234L,
                        56L,
                        Instant.parse("2026-12-07T12:00:00Z"),
                        "https://shop.example/item?id=1",
                        "yes",
                        minji.account().id().value(),
                        null);
        assertThat(comments.rows().get(1).values().get(5)).isNull();
        assertThat(comments.rows().get(1).values().get(9)).isEqualTo("no");
        assertThat(comments.rows().get(1).values().get(11)).asString().contains("private");
        assertThat(workbook.get(1).rows())
                .extracting(row -> row.values())
                .containsExactly(
                        List.of("https://shop.example/item?id=1", "shop.example", 2L),
                        List.of("www.brand.co.kr", "www.brand.co.kr", 1L));
        assertThat(workbook.get(2).rows())
                .extracting(row -> row.values().subList(0, 4))
                .containsExactly(
                        List.of(POST.toString(), "live", 2L, 3L),
                        List.of("https://blog.example/p/gone", "deleted", 1L, 0L));
    }

    @Test
    void aThreadLongerThanMaxPagesIsCutAndSaysSo() {
        run(roster.reports().analyseComments("a", List.of(LONG.toString()), SheetLanguage.KOREAN));

        List<TextSheets.Written> workbook = sheets.lastWorkbook();
        assertThat(workbook).extracting(TextSheets.Written::sheetName).containsExactly("댓글", "URL", "게시물");
        assertThat(workbook.get(2).rows().get(0).values()).startsWith(LONG.toString(), "게시중", 2L, 2L, "truncated");
        assertThat(posts.pagesRead()).hasSize(2);
    }

    @Test
    void takesThePostsOfAWorkbook() {
        JobView done = run(roster.reports().analyseCommentsFile("a", sheet("게시물 URL", POST.toString())));

        assertThat(done.result()).containsEntry("posts", 1L).containsEntry("comments", 3L);
        assertThat(sheets.lastWorkbook().get(0).sheetName()).isEqualTo("댓글");
    }

    @Test
    void refusesNoPostsABlankOneOrTooMany() {
        assertThatThrownBy(() -> roster.reports().analyseComments("a", List.of(), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("posts");
        assertThatThrownBy(() -> roster.reports().analyseComments("a", List.of(POST.toString(), " "), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("posts[1]");
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= AnalyseComments.MAX_POSTS; i++) {
            many.add("https://blog.example/p/" + i);
        }
        assertThatThrownBy(() -> roster.reports().analyseComments("a", many, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 500");
    }

    private JobView run(JobId id) {
        roster.jobs()
                .deliveredBy(queue)
                .run(queue.receive(1, Duration.ofMinutes(5)).get(0));
        return roster.jobs().get(id.value());
    }
}

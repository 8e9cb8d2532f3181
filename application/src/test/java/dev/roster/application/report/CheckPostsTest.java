package dev.roster.application.report;

import static dev.roster.application.testkit.TextSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.application.collection.RecordCollectionCommand;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.job.JobView;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricSource;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.TextSheets;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobStatus;
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

/** Post verification through the roster's front door, on in-memory ports and scripted platform pages. */
class CheckPostsTest {

    private static final PlatformCode A = PlatformCode.of("a");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final InMemoryJobQueue queue = new InMemoryJobQueue();
    private final TextSheets sheets = new TextSheets();
    private final List<URI> profilesRead = Collections.synchronizedList(new ArrayList<>());
    private final List<URI> postsRead = Collections.synchronizedList(new ArrayList<>());

    private final MetricSource profiles = (CollectionTarget target) -> {
        profilesRead.add(target.profileUrl());
        if (target.profileUrl().getPath().endsWith("hidden")) {
            return new CollectionOutcome.AccountPrivate("private");
        }
        return new CollectionOutcome.Collected(MetricReading.of(
                Instant.parse("2026-12-07T12:00:00Z"),
                Map.of(MetricName.FOLLOWERS, 1_234L, MetricName.DAILY_VISITORS, 56L)));
    };

    private final PostSource posts = new ScriptedPosts(
            post -> {
                postsRead.add(post);
                String name = post.getPath().substring(post.getPath().lastIndexOf('/') + 1);
                return switch (name) {
                    case "live" -> new PostOutcome.Live(URI.create("https://blog.example/minji"));
                    case "gone" -> new PostOutcome.Deleted("the platform answered HTTP 404");
                    case "hidden" -> new PostOutcome.Private("the page says the post or its author is private");
                    case "wall" -> new PostOutcome.Restricted("the page asks for a login or an age check");
                    case "down" -> new PostOutcome.Unknown("the platform answered HTTP 503");
                    default -> new PostOutcome.Live(URI.create("https://blog.example/someone"));
                };
            },
            Map.of(),
            1);

    private final Roster roster = Roster.builder()
            .storage(storage)
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
    void checksEachPostAndReadsEachProfileOnceKeepingTheUploadedColumns() {
        JobView done = run(roster.reports()
                .checkPosts(
                        "a",
                        sheet(
                                "Campaign\tProfile URL\tPost URL\tFee",
                                "winter\thttps://blog.example/minji\thttps://blog.example/p/live\t100",
                                "winter\thttps://blog.example/minji/\thttps://blog.example/p/gone\t100",
                                "",
                                "winter\thttps://blog.example/minji\thttps://blog.example/p/hidden\t100",
                                "winter\thttps://blog.example/minji\thttps://blog.example/p/wall\t100",
                                "winter\thttps://blog.example/minji\thttps://blog.example/p/down\t100")));

        assertThat(done.job().status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.result())
                .containsEntry("total", 5L)
                .containsEntry("live", 1L)
                .containsEntry("deleted", 1L)
                .containsEntry("private", 1L)
                .containsEntry("restricted", 1L)
                .containsEntry("unknown", 1L)
                .containsKey("resultFileUrl");
        assertThat(profilesRead).hasSize(1);
        TextSheets.Written written = sheets.lastWritten();
        assertThat(written.columns())
                .extracting(SheetColumn::label)
                .containsExactly(
                        "Campaign",
                        "Profile URL",
                        "Post URL",
                        "Fee",
                        "Followers",
                        "Daily visitors",
                        "Metrics at",
                        "Post status",
                        "Reason",
                        "Checked at");
        SheetOutputRow first = written.rows().get(0);
        assertThat(first.values().subList(0, 8))
                .containsExactly(
                        "winter",
                        "https://blog.example/minji",
                        "https://blog.example/p/live",
                        "100",
                        1_234L,
                        56L,
                        Instant.parse("2026-12-07T12:00:00Z"),
                        "live");
        assertThat(first.flagged()).isFalse();
        assertThat(written.rows())
                .extracting(row -> row.values().get(7))
                .containsExactly("live", "deleted", "private", "restricted", "unknown");
        assertThat(written.rows().subList(1, 5)).allMatch(SheetOutputRow::flagged);
        assertThat(written.rows().get(4).values().get(8)).asString().contains("503");
    }

    @Test
    void aPostBySomeoneElseIsLiveSayingSo() {
        run(roster.reports()
                .checkPosts(
                        "a",
                        sheet("Profile URL\tPost URL", "https://blog.example/minji\thttps://blog.example/p/repost")));

        SheetOutputRow row = sheets.lastWritten().rows().get(0);
        assertThat(row.values().get(5)).isEqualTo("live");
        assertThat(row.values().get(6))
                .asString()
                .contains("https://blog.example/someone")
                .contains("not the row's");
    }

    @Test
    void aRowWithoutAPostOrOffThePlatformIsReportedAndNotFetched() {
        JobView done = run(roster.reports()
                .checkPosts(
                        "a",
                        sheet(
                                "Profile URL\tPost URL",
                                "https://blog.example/minji\t",
                                "https://blog.example/minji\thttp://169.254.169.254/latest/meta-data/",
                                "https://blog.example/minji\tjavascript:alert(1)")));

        assertThat(done.result()).containsEntry("total", 3L).containsEntry("unknown", 3L);
        assertThat(postsRead).isEmpty();
        assertThat(sheets.lastWritten().rows())
                .extracting(row -> (String) row.values().get(6))
                .satisfiesExactly(
                        reason -> assertThat(reason).contains("no post URL"),
                        reason -> assertThat(reason).contains("not an http(s) address on Platform A's hosts"),
                        reason -> assertThat(reason).contains("not fetched"));
    }

    @Test
    void aKoreanHeaderGetsAKoreanResult() {
        run(roster.reports()
                .checkPosts(
                        "a",
                        sheet(
                                "프로필 URL\t게시물 URL",
                                "https://blog.example/minji\thttps://blog.example/p/gone",
                                "https://blog.example/hidden\thttps://blog.example/p/live")));

        TextSheets.Written written = sheets.lastWritten();
        assertThat(written.sheetName()).isEqualTo("게시물 검증");
        assertThat(written.columns())
                .extracting(SheetColumn::label)
                .containsExactly("프로필 URL", "게시물 URL", "팔로워", "일 방문자", "측정 시각", "게시물 상태", "사유", "확인 시각");
        assertThat(written.rows()).extracting(row -> row.values().get(5)).containsExactly("삭제됨", "게시중");
        assertThat(written.rows().get(1).values().get(2)).isNull();
        assertThat(written.rows().get(1).values().get(6)).asString().contains("private");
    }

    @Test
    void aProfileTheRosterCollectedWithinTheIntervalIsNotReadAgain() {
        var account = roster.accounts()
                .register(new RegisterAccountCommand(
                        "a", "김민지", "010-1234-5678", "minji", "https://blog.example/minji", null, null));
        roster.collection()
                .record(new RecordCollectionCommand(
                        "a",
                        account.account().id().value(),
                        Instant.now().minus(Duration.ofHours(1)),
                        Map.of("followers", 999L, "dailyVisitors", 9L),
                        null,
                        null));

        run(roster.reports()
                .checkPosts(
                        "a",
                        sheet("Profile URL\tPost URL", "https://blog.example/minji\thttps://blog.example/p/live")));

        assertThat(profilesRead).isEmpty();
        SheetOutputRow row = sheets.lastWritten().rows().get(0);
        assertThat(row.values().get(2)).isEqualTo(999L);
        assertThat(row.values().get(6)).asString().contains("from the roster");
    }

    @Test
    void aWorkbookWithoutAPostColumnIsRefusedBeforeAnyJob() {
        assertThatThrownBy(() -> roster.reports()
                        .checkPosts("a", sheet("Profile URL\tName", "https://blog.example/minji\tMinji")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Post URL");
        assertThat(queue.receive(1, Duration.ofMinutes(1))).isEmpty();
    }

    private JobView run(JobId id) {
        var deliveries = queue.receive(1, Duration.ofMinutes(5));
        assertThat(deliveries).hasSize(1);
        roster.jobs().deliveredBy(queue).run(deliveries.get(0));
        return roster.jobs().get(id.value());
    }
}

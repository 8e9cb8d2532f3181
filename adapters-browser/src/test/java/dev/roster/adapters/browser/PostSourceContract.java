package dev.roster.adapters.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.port.CommentPage;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every post source tells of the fake platform's post pages, over real sockets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PostSourceContract {

    protected FakePlatformSite site;
    protected PostSource source;

    /** The source under test, reading posts with {@link FakePlatformSite#POST_RULES} and a 3 s time-out. */
    protected abstract PostSource start();

    protected void stop() {}

    @BeforeAll
    void startSiteAndSource() throws IOException {
        site = FakePlatformSite.start(100, Duration.ofSeconds(1));
        source = start();
    }

    @AfterAll
    void stopSiteAndSource() {
        stop();
        site.close();
    }

    @Test
    void aPublishedPostIsLiveWithItsAuthorsProfile() {
        assertThat(source.check(site.post("live"))).isEqualTo(new PostOutcome.Live(site.profile("plain")));
    }

    @Test
    void aPostBySomeoneElseIsLiveNamingThem() {
        assertThat(source.check(site.post("someone-else"))).isEqualTo(new PostOutcome.Live(site.profile("kilo")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gone", "removed", "notice"})
    void aPostThePlatformSaysIsGoneIsDeleted(String name) {
        assertThat(source.check(site.post(name))).isInstanceOf(PostOutcome.Deleted.class);
    }

    @Test
    void aPrivatePostIsPrivate() {
        assertThat(source.check(site.post("private"))).isInstanceOf(PostOutcome.Private.class);
    }

    @Test
    void aPostBehindALoginIsRestricted() {
        assertThat(source.check(site.post("login"))).isInstanceOf(PostOutcome.Restricted.class);
    }

    @Test
    void aServerErrorIsUnknownNeverDeleted() {
        assertThat(source.check(site.post("down")))
                .isInstanceOfSatisfying(
                        PostOutcome.Unknown.class,
                        unknown -> assertThat(unknown.reason()).contains("503"));
    }

    @Test
    void aPostThatDoesNotAnswerInTimeIsUnknown() {
        assertThat(source.check(site.post("slow"))).isInstanceOf(PostOutcome.Unknown.class);
    }

    @Test
    void aPageTheRulesDoNotRecogniseIsUnknown() {
        assertThat(source.check(site.post("changed")))
                .isInstanceOfSatisfying(
                        PostOutcome.Unknown.class,
                        unknown -> assertThat(unknown.reason()).contains("layout"));
    }

    @Test
    void tooManyRequestsIsToldAsSuchForTheRateLimiterToRetry() {
        assertThat(source.check(site.post("busy"))).isInstanceOf(PostOutcome.RateLimited.class);
        assertThat(source.check(site.post("busy"))).isInstanceOf(PostOutcome.Live.class);
    }

    @Test
    void aPostOffThePlatformsHostsIsNotFetched() {
        assertThat(source.check(
                        URI.create("http://localhost:" + site.hostEntry().split(":")[1] + "/post/live")))
                .isInstanceOf(PostOutcome.Unknown.class);
        assertThat(source.check(site.redirectTo(URI.create("http://169.254.169.254/latest/meta-data/"))))
                .isInstanceOfSatisfying(
                        PostOutcome.Unknown.class,
                        unknown -> assertThat(unknown.reason()).doesNotContain("169.254"));
    }

    @Test
    void readsAPageOfCommentsWithItsCommentersAndTheNextPage() {
        CommentPage first = source.comments(site.post("thread"));

        assertThat(first.status()).isEqualTo(new PostOutcome.Live(site.profile("plain")));
        assertThat(first.comments())
                .containsExactly(
                        new CommentPage.Comment(
                                "좋아요! https://shop.example/item?id=1, 꼭 사세요.",
                                site.profile("plain"),
                                "2026-12-02T10:00:00Z"),
                        new CommentPage.Comment(
                                "문의는 www.brand.co.kr로 주세요.", site.profile("private"), "2026-12-02T10:00:00Z"));
        assertThat(first.next()).isEqualTo(URI.create(site.post("thread") + "?page=2"));
        CommentPage second = source.comments(first.next());
        assertThat(second.comments()).hasSize(2);
        assertThat(second.next()).isNull();
        assertThat(source.maxCommentPages()).isEqualTo(3);
    }

    @Test
    void aDeletedOrUnreachablePostHasNoComments() {
        assertThat(source.comments(site.post("gone")))
                .isEqualTo(CommentPage.without(new PostOutcome.Deleted("the platform answered HTTP 404")));
        assertThat(source.comments(site.post("private")).status()).isInstanceOf(PostOutcome.Private.class);
        assertThat(source.comments(site.post("down")).status()).isInstanceOf(PostOutcome.Unknown.class);
    }
}

package dev.roster.adapters.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricSource;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.PlatformCode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What every page-reading metric source does with the fake platform's pages, over real sockets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MetricSourceContract {

    protected FakePlatformSite site;
    protected MetricSource source;

    /** The source under test, reading pages with {@link FakePlatformSite#RULES}. */
    protected abstract MetricSource start();

    protected void stop() {}

    @BeforeAll
    void startSiteAndSource() throws IOException {
        // One request a minute under /limited/: the second is refused however slowly the source sends it.
        site = FakePlatformSite.start(1, Duration.ofMinutes(1));
        source = start();
    }

    @AfterAll
    void stopSiteAndSource() {
        stop();
        site.close();
    }

    @ParameterizedTest(name = "{0}: {1} followers, {2} visitors")
    @CsvSource({"plain, 1234, 56", "kilo, 12300, 1200", "mega, 1200000, 45678", "man, 12000, 3400"})
    void readsFiguresInEachFormatThePlatformShows(String handle, long followers, long visitors) {
        CollectionOutcome outcome = collect(site.profile(handle));

        assertThat(outcome).isInstanceOfSatisfying(CollectionOutcome.Collected.class, collected -> {
            MetricReading reading = collected.reading();
            assertThat(reading.values())
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of(MetricName.FOLLOWERS, followers, MetricName.DAILY_VISITORS, visitors));
            assertThat(reading.collectedAt())
                    .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
        });
    }

    @Test
    void tellsAPrivateAccountFromAMissingOne() {
        assertThat(collect(site.profile("private"))).isInstanceOf(CollectionOutcome.AccountPrivate.class);
        assertThat(collect(site.profile("nobody")))
                .isInstanceOfSatisfying(
                        CollectionOutcome.AccountMissing.class,
                        missing -> assertThat(missing.reason()).contains("404"));
    }

    @Test
    void reportsAChangedLayoutWithTheMetricAndTheStartOfThePagesTextNotItsMarkup() {
        assertThat(collect(site.profile("changed")))
                .isInstanceOfSatisfying(CollectionOutcome.PageChanged.class, changed -> {
                    assertThat(changed.metric()).isEqualTo(MetricName.FOLLOWERS);
                    assertThat(changed.excerpt())
                            .contains("5,000")
                            .doesNotContain("profile-v2")
                            .doesNotContain("<");
                });
    }

    @Test
    void refusesAPageThatIsNotOnThePlatformsHosts() throws IOException {
        try (InternalServer internal = InternalServer.start()) {
            CollectionOutcome outcome = collect(internal.url("localhost"));

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            CollectionOutcome.Refused.class,
                            refused -> assertThat(refused.reason())
                                    .contains("hosts")
                                    .doesNotContain(internal.secret())
                                    .doesNotContain(String.valueOf(internal.port())));
            assertThat(internal.requests()).isZero();
        }
    }

    @Test
    void refusesARedirectToTheCloudMetadataAddressWithoutConnecting() {
        CollectionOutcome outcome = collect(site.redirectTo(URI.create("http://169.254.169.254/latest/meta-data/")));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        CollectionOutcome.Refused.class,
                        refused ->
                                assertThat(refused.reason()).contains("address").doesNotContain("169.254"));
    }

    @Test
    void aServerErrorIsPassing() {
        assertThat(collect(site.profile("down")))
                .isInstanceOfSatisfying(
                        CollectionOutcome.TransientFailure.class,
                        failed -> assertThat(failed.reason()).contains("503"));
    }

    @Test
    void anUnreachablePlatformIsPassingAndItsReasonNamesNoAddress() {
        assertThat(collect(URI.create("http://127.0.0.1:9/p/plain")))
                .isInstanceOfSatisfying(
                        CollectionOutcome.TransientFailure.class,
                        failed -> assertThat(failed.reason())
                                .doesNotContain("127.0.0.1")
                                .doesNotContain(":9"));
    }

    @Test
    void tooManyRequestsCarriesTheRetryAfter() {
        collect(site.limitedProfile("plain"));

        assertThat(collect(site.limitedProfile("plain")))
                .isInstanceOfSatisfying(
                        CollectionOutcome.RateLimited.class,
                        limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    }

    protected CollectionOutcome collect(URI page) {
        return source.collect(
                new CollectionTarget(AccountId.next(Instant.now()), PlatformCode.of("a"), Handle.of("someone"), page));
    }
}

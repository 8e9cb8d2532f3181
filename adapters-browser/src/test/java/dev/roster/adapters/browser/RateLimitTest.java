package dev.roster.adapters.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.browser.http.HttpMetricSource;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.collection.CollectionBatch;
import dev.roster.application.collection.CollectionReport;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.platform.PlatformCode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rate limit against a platform that enforces its own: real HTTP requests to the fake site, real time. The site
 * allows {@value #SITE_LIMIT} requests in any second and answers 429 (Retry-After: 1) beyond that.
 */
class RateLimitTest {

    private static final PlatformCode A = PlatformCode.of("a");
    private static final int SITE_LIMIT = 22;
    private static final long SECOND = 1_000_000_000L;

    private final FakePlatformSite site;
    private static final int CONCURRENCY = 4;

    private final List<Long> starts = new ArrayList<>();
    private final List<Long> durations = new ArrayList<>();

    RateLimitTest() throws IOException {
        site = FakePlatformSite.start(SITE_LIMIT);
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void neverExceedsTheConfiguredRateAndStillUsesAtLeastNinetyPercentOfIt() {
        int perSecond = 20;
        Roster roster = roster(perSecond * 60, CONCURRENCY);
        List<AccountId> accounts = register(roster, 100);

        CollectionReport report = roster.collection().collect(new CollectionBatch(A, accounts));

        assertThat(report.collected()).isEqualTo(100);
        assertThat(site.refused()).as("requests the platform refused").isZero();
        assertThat(site.limitedArrivals()).hasSize(100);
        List<Long> starts = starts();
        // Requests started in any one-second window: the rate, plus the bucket's single token at the window's edge.
        for (int i = 0; i + perSecond + 1 < starts.size(); i++) {
            assertThat(starts.get(i + perSecond + 1) - starts.get(i)).as("requests %d..%d", i, i + perSecond + 1)
                    .isGreaterThanOrEqualTo(SECOND);
        }
        // At least 90% of the rate, or of what four workers can do at the speed requests actually took: on a loaded
        // machine each request can take longer than four workers need to keep up with the rate, and then the workers,
        // not the limiter, hold it back (a limiter that waited too long would still fall below this).
        double reachable = Math.min(perSecond, CONCURRENCY * (double) SECOND / meanDuration());
        assertThat(perSecond(starts)).as("requests started per second (reachable: %.1f)", reachable)
                .isBetween(0.9 * reachable, perSecond + 0.01);
        assertThat(perSecond(site.limitedArrivals())).as("requests arriving per second (reachable: %.1f)", reachable)
                .isBetween(0.9 * reachable, 1.02 * perSecond);
    }

    @Test
    void withoutALimitItHonoursTheRetryAfterOfRefusedRequestsAndStillCollectsEveryAccount() {
        Roster roster = roster(0, 4);
        List<AccountId> accounts = register(roster, 40);

        CollectionReport report = roster.collection().collect(new CollectionBatch(A, accounts));

        assertThat(site.refused()).as("the burst ran into the platform's limit").isPositive();
        assertThat(report.collected()).isEqualTo(40);
        List<Long> arrivals = site.limitedArrivals();
        assertThat(arrivals.get(arrivals.size() - 1) - arrivals.get(0)).as("waited out Retry-After: 1")
                .isGreaterThanOrEqualTo(SECOND);
    }

    private Roster roster(int ratePerMinute, int concurrency) {
        String template = site.limitedProfile("user").toString() + PlatformCollection.HANDLE;
        HttpMetricSource http = new HttpMetricSource(site.fetcher(Duration.ofSeconds(5)),
                new PageReader(FakePlatformSite.RULES), Clock.systemUTC());
        return Roster.builder().storage(new InMemoryStorage()).collection(new InMemoryJobQueue())
                .platformCollection(A, new PlatformCollection(template, Duration.ofDays(1), ratePerMinute, concurrency,
                        PlatformCollection.Collector.SERVER))
                .metricSource(A, target -> {
                    long started = System.nanoTime();
                    synchronized (starts) {
                        starts.add(started);
                    }
                    try {
                        return http.collect(target);
                    } finally {
                        synchronized (starts) {
                            durations.add(System.nanoTime() - started);
                        }
                    }
                }).build();
    }

    /** When the limiter let each request go, in order. */
    private List<Long> starts() {
        synchronized (starts) {
            return starts.stream().sorted().toList();
        }
    }

    /** How long a request took on average, from the limiter letting it go to its answer being read. */
    private double meanDuration() {
        synchronized (starts) {
            return durations.stream().mapToLong(Long::longValue).average().orElseThrow();
        }
    }

    private static double perSecond(List<Long> times) {
        return (times.size() - 1) * (double) SECOND / (times.get(times.size() - 1) - times.get(0));
    }

    private static List<AccountId> register(Roster roster, int count) {
        List<AccountId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(roster.accounts().register(new RegisterAccountCommand("a", "Person " + i,
                    String.format("010-3000-%04d", i), String.format("n%03d", i), null, null, null)).account().id());
        }
        return ids;
    }
}

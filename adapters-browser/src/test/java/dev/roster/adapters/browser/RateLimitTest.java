package dev.roster.adapters.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.browser.http.HttpMetricSource;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.collection.CollectionBatch;
import dev.roster.application.collection.CollectionReport;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.application.port.Pace;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.platform.PlatformCode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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

    /** When the limiter let each request go, with the thread it went on and what the limiter made it wait. */
    private final List<Start> starts = new ArrayList<>();
    /** Per worker thread: the waits the limiter asked for since that thread's last request started. */
    private final Map<Thread, Long> waitedSinceLastStart = new ConcurrentHashMap<>();

    private record Start(Thread thread, long at, long limiterWait) {}

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
        List<Long> starts = startTimes();
        // Requests started in any one-second window: the rate, plus the bucket's single token at the window's edge.
        for (int i = 0; i + perSecond + 1 < starts.size(); i++) {
            assertThat(starts.get(i + perSecond + 1) - starts.get(i)).as("requests %d..%d", i, i + perSecond + 1)
                    .isGreaterThanOrEqualTo(SECOND);
        }
        // At least 90% of the rate, or of what four workers can do at the speed they actually went round: on a loaded
        // machine a worker's round (the request, recording its outcome, waking from a sleep) can take longer than four
        // workers need to keep up with the rate, and then the workers, not the limiter, hold it back. The limiter's own
        // waits are taken out of the rounds, so a limiter that waited too long still falls below this.
        double reachable = Math.min(perSecond, CONCURRENCY * (double) SECOND / meanRoundOutsideTheLimiter());
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
        return Roster.builder().storage(new InMemoryStorage()).collection(new InMemoryJobQueue()).pace(recordingWaits())
                .platformCollection(A, new PlatformCollection(template, Duration.ofDays(1), ratePerMinute, concurrency,
                        PlatformCollection.Collector.SERVER))
                .metricSource(A, target -> {
                    Thread worker = Thread.currentThread();
                    Long waited = waitedSinceLastStart.remove(worker);
                    synchronized (starts) {
                        starts.add(new Start(worker, System.nanoTime(), waited == null ? 0 : waited));
                    }
                    return http.collect(target);
                }).build();
    }

    /** Real time, remembering on each thread how long the limiter asked it to sleep. */
    private Pace recordingWaits() {
        Pace system = Pace.system();
        return new Pace() {
            @Override
            public long nanoTime() {
                return system.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                waitedSinceLastStart.merge(Thread.currentThread(), nanos, Long::sum);
                system.sleep(nanos);
            }
        };
    }

    /** When the limiter let each request go, in order. */
    private List<Long> startTimes() {
        synchronized (starts) {
            return starts.stream().map(Start::at).sorted().toList();
        }
    }

    /**
     * A worker's mean round, from one request of its start to the next, less the wait the limiter asked for between
     * them: the time the worker itself needed (the request, recording it, the machine's scheduling).
     */
    private double meanRoundOutsideTheLimiter() {
        Map<Thread, List<Start>> byWorker;
        synchronized (starts) {
            byWorker = starts.stream().collect(Collectors.groupingBy(Start::thread));
        }
        List<Long> rounds = new ArrayList<>();
        for (List<Start> own : byWorker.values()) {
            List<Start> inOrder = own.stream().sorted(Comparator.comparingLong(Start::at)).toList();
            for (int i = 1; i < inOrder.size(); i++) {
                rounds.add(inOrder.get(i).at() - inOrder.get(i - 1).at() - inOrder.get(i).limiterWait());
            }
        }
        return rounds.stream().mapToLong(Long::longValue).average().orElseThrow();
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

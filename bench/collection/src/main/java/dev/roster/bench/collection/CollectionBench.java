package dev.roster.bench.collection;

import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.http.HttpMetricSource;
import dev.roster.adapters.browser.playwright.BrowserMetricSource;
import dev.roster.adapters.browser.playwright.BrowserSettings;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.collection.CollectionBatch;
import dev.roster.application.collection.CollectionReport;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.application.port.MetricSource;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.bench.common.Medians;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.platform.PlatformCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Metric collection throughput against the fake platform site on loopback, with the rate limit off: accounts
 * collected per minute through {@code CollectMetrics} (rules, history, latest metrics in the in-memory store) with
 * the http source as it is (every URL and address checked, body capped: issue 14), the http source as it was before
 * those checks ({@link UncheckedHttpSource}), and the browser source (every request fetched through the checked
 * fetcher), against a bare GET of the same pages at the same concurrency, measured in the same run, the rounds of the
 * two http sources alternating; then the browser's memory per concurrent page. Medians of several rounds.
 *
 * <p>Usage: {@code CollectionBench [rounds] [httpAccounts] [browserAccounts]} (defaults 5, 1000, 60).
 */
public final class CollectionBench {

    private static final PlatformCode A = PlatformCode.of("a");
    private static final int CONCURRENCY = 4;

    private CollectionBench() {}

    public static void main(String[] args) throws Exception {
        // The JDK's HttpServer otherwise waits on delayed ACKs (~40 ms a response): the fake site would be measured.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int httpAccounts = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int browserAccounts = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        try (FakePlatformSite site = FakePlatformSite.start(1)) {
            String template = site.profile("").toString() + PlatformCollection.HANDLE;
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            PageFetcher fetcher = site.fetcher(Duration.ofSeconds(10));
            MetricSource checked =
                    new HttpMetricSource(fetcher, new PageReader(FakePlatformSite.RULES), Clock.systemUTC());
            MetricSource unchecked = new UncheckedHttpSource(new PageReader(FakePlatformSite.RULES), Clock.systemUTC());
            collect(checked, template, 200, CONCURRENCY);
            collect(unchecked, template, 200, CONCURRENCY);
            double[] bare = new double[rounds];
            double[] viaUnchecked = new double[rounds];
            double[] viaChecked = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                bare[round] = bareGets(client, site, httpAccounts);
                viaUnchecked[round] = collect(unchecked, template, httpAccounts, CONCURRENCY);
                viaChecked[round] = collect(checked, template, httpAccounts, CONCURRENCY);
            }
            report("bare GET (baseline)", bare, null);
            report("http source before the checks", viaUnchecked, bare);
            report("http source, checked", viaChecked, bare);
            System.out.printf(
                    "checked / before the checks: %.3f (median of per-round ratios %.3f)%n",
                    Medians.of(viaChecked) / Medians.of(viaUnchecked), Medians.of(ratios(viaChecked, viaUnchecked)));

            double[] bareSmall = new double[rounds];
            double[] viaUncheckedBrowser = new double[rounds];
            double[] viaBrowser = new double[rounds];
            try (BrowserMetricSource browser = BrowserMetricSource.start(
                            BrowserSettings.debian(CONCURRENCY),
                            new PageReader(FakePlatformSite.RULES),
                            fetcher,
                            Clock.systemUTC());
                    UncheckedBrowserSource uncheckedBrowser = new UncheckedBrowserSource(
                            CONCURRENCY, new PageReader(FakePlatformSite.RULES), Clock.systemUTC())) {
                collect(browser, template, CONCURRENCY * 2, CONCURRENCY);
                collect(uncheckedBrowser, template, CONCURRENCY * 2, CONCURRENCY);
                for (int round = 0; round < rounds; round++) {
                    bareSmall[round] = bareGets(client, site, browserAccounts);
                    viaUncheckedBrowser[round] = collect(uncheckedBrowser, template, browserAccounts, CONCURRENCY);
                    viaBrowser[round] = collect(browser, template, browserAccounts, CONCURRENCY);
                }
            }
            report("bare GET, " + browserAccounts + " pages (baseline)", bareSmall, null);
            report("browser source before the checks", viaUncheckedBrowser, bareSmall);
            report("browser source, checked", viaBrowser, bareSmall);
            System.out.printf(
                    "browser checked / before the checks: %.3f (median of per-round ratios %.3f)%n",
                    Medians.of(viaBrowser) / Medians.of(viaUncheckedBrowser),
                    Medians.of(ratios(viaBrowser, viaUncheckedBrowser)));

            BrowserMemory.report(site, fetcher, new int[] {1, 2, 4});
            fetcher.close();
        }
    }

    private static double[] ratios(double[] of, double[] to) {
        double[] ratios = new double[of.length];
        for (int i = 0; i < of.length; i++) {
            ratios[i] = of[i] / to[i];
        }
        return ratios;
    }

    /** Accounts per minute: one batch of {@code count} accounts through CollectMetrics, limit off. */
    static double collect(MetricSource source, String template, int count, int concurrency) {
        Roster roster = Roster.builder()
                .storage(new InMemoryStorage())
                .collection(new InMemoryJobQueue())
                .platformCollection(
                        A,
                        new PlatformCollection(
                                template, Duration.ofDays(1), 0, concurrency, PlatformCollection.Collector.SERVER))
                .metricSource(A, source)
                .build();
        List<AccountId> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            accounts.add(roster.accounts()
                    .register(new RegisterAccountCommand(
                            "a",
                            "Bench " + i,
                            String.format("010-7%03d-%04d", i / 10_000, i % 10_000),
                            String.format("user%05d", i),
                            null,
                            null,
                            null))
                    .account()
                    .id());
        }
        long start = System.nanoTime();
        int collected = 0;
        for (int from = 0; from < count; from += CollectionBatch.MAX_ACCOUNTS) {
            CollectionReport report = roster.collection()
                    .collect(new CollectionBatch(
                            A, accounts.subList(from, Math.min(count, from + CollectionBatch.MAX_ACCOUNTS))));
            collected += report.collected();
        }
        long elapsed = System.nanoTime() - start;
        if (collected != count) {
            throw new IllegalStateException("collected " + collected + " of " + count);
        }
        return perMinute(count, elapsed);
    }

    /** Pages per minute: the same profile pages fetched and discarded, at the same concurrency. */
    static double bareGets(HttpClient client, FakePlatformSite site, int count) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                URI page = site.profile(String.format("user%05d", i));
                statuses.add(callers.submit(() -> client.send(
                                HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                        .statusCode()));
            }
            for (Future<Integer> status : statuses) {
                if (status.get() != 200) {
                    throw new IllegalStateException("the fake site answered " + status.get());
                }
            }
            return perMinute(count, System.nanoTime() - start);
        } finally {
            callers.shutdownNow();
        }
    }

    private static double perMinute(int count, long nanos) {
        return count * 60_000_000_000.0 / nanos;
    }

    private static void report(String what, double[] perMinute, double[] baseline) {
        String ratio = baseline == null
                ? ""
                : String.format("  (%.3g x baseline)", Medians.of(perMinute) / Medians.of(baseline));
        System.out.printf(
                "%-34s median %,10.0f accounts/min over %d rounds, concurrency %d%s%n",
                what, Medians.of(perMinute), perMinute.length, CONCURRENCY, ratio);
    }
}

package dev.roster.bench.collection;

import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.playwright.BrowserMetricSource;
import dev.roster.adapters.browser.playwright.BrowserSettings;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.application.port.CollectionTarget;
import dev.roster.bench.common.Medians;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.platform.PlatformCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory the browser source costs: the proportional set size of every process the JVM started (Playwright's driver and the
 * Chromium processes under it), at its peak while {@code pages} profiles load at once, for 1, 2 and 4 pages. The
 * driver's share is measured with no browser page open, so what a page adds is plain.
 */
final class BrowserMemory {

    private BrowserMemory() {}

    static void report(FakePlatformSite site, PageFetcher fetcher, int[] pageCounts) throws Exception {
        for (int pages : pageCounts) {
            try (BrowserMetricSource browser = BrowserMetricSource.start(
                    BrowserSettings.debian(pages),
                    new PageReader(FakePlatformSite.RULES),
                    fetcher,
                    Clock.systemUTC())) {
                long idle = descendantsRss();
                double[] peaks = new double[3];
                for (int round = 0; round < peaks.length; round++) {
                    peaks[round] = peakWhileLoading(browser, site, pages) / 1024.0;
                }
                double peak = Medians.of(peaks);
                System.out.printf(
                        "browser memory (PSS), %d concurrent page(s): %.0f MB idle, %.0f MB at peak while "
                                + "loading: %.0f MB per page all told, %.0f MB per page above idle%n",
                        pages, idle / 1024.0, peak, peak / pages, (peak - idle / 1024.0) / pages);
            }
        }
    }

    private static long peakWhileLoading(BrowserMetricSource browser, FakePlatformSite site, int pages)
            throws Exception {
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(descendantsRss(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.start();
        ExecutorService callers = Executors.newFixedThreadPool(pages);
        try {
            List<Future<?>> loads = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                // The JavaScript-drawn profile: the page stays open ~300 ms, long enough to be seen at its peak.
                loads.add(callers.submit(() -> browser.collect(new CollectionTarget(
                        AccountId.next(Instant.now()),
                        PlatformCode.of("a"),
                        Handle.of("scripted"),
                        site.profile("scripted")))));
            }
            for (Future<?> load : loads) {
                load.get();
            }
        } finally {
            callers.shutdownNow();
            sampler.interrupt();
            sampler.join();
        }
        return peak.get();
    }

    /**
     * Proportional set size of every process this JVM started, in kB (Linux /proc): shared pages are split between
     * the processes sharing them, so Chromium's many processes are not counted several times over.
     */
    static long descendantsRss() {
        return ProcessHandle.current()
                .descendants()
                .mapToLong(process -> pss(process.pid()))
                .sum();
    }

    private static long pss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // The process ended between listing and reading: it holds no memory any more.
        }
        return 0;
    }
}

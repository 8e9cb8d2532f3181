package dev.roster.bench.collection;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.WaitUntilState;
import dev.roster.adapters.browser.playwright.BrowserSettings;
import dev.roster.adapters.browser.playwright.PlaywrightPage;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The browser source as it was before issue 14, kept here only as the baseline the checked one is measured against:
 * Chromium fetching every request itself, unchecked. One browser with one reused page per concurrent read, each on a
 * thread of its own (Playwright for Java is single-threaded), as the real source keeps them. Never use it to collect.
 */
final class UncheckedBrowserSource implements MetricSource, AutoCloseable {

    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    /** One Playwright, browser and page, called only on its own thread. */
    private record Tab(
            ExecutorService thread, Playwright playwright, Browser browser, BrowserContext context, Page page) {}

    private final BlockingQueue<Tab> idle;
    private final List<Tab> tabs = new ArrayList<>();
    private final PageReader reader;
    private final Clock clock;

    UncheckedBrowserSource(int pages, PageReader reader, Clock clock) throws Exception {
        this.reader = reader;
        this.clock = clock;
        for (int i = 0; i < pages; i++) {
            ExecutorService thread = Executors.newSingleThreadExecutor();
            tabs.add(thread.submit(() -> {
                        Playwright playwright = Playwright.create(
                                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                        Browser browser = playwright
                                .chromium()
                                .launch(new BrowserType.LaunchOptions()
                                        .setExecutablePath(BrowserSettings.DEBIAN_CHROMIUM)
                                        .setHeadless(true)
                                        .setArgs(ARGS));
                        BrowserContext context = browser.newContext();
                        return new Tab(thread, playwright, browser, context, context.newPage());
                    })
                    .get());
        }
        this.idle = new ArrayBlockingQueue<>(pages, true, tabs);
    }

    @Override
    public CollectionOutcome collect(CollectionTarget target) {
        try {
            Tab tab = idle.take();
            try {
                return tab.thread().submit(() -> read(tab, target)).get();
            } finally {
                idle.add(tab);
            }
        } catch (Exception failed) {
            return new CollectionOutcome.TransientFailure("the browser failed");
        }
    }

    private CollectionOutcome read(Tab tab, CollectionTarget target) {
        Page page = tab.page();
        page.navigate(
                target.profileUrl().toString(),
                new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
        Locator any = null;
        for (String selector : reader.rules().readySelectors()) {
            any = any == null ? page.locator(selector) : any.or(page.locator(selector));
        }
        any.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        CollectionOutcome outcome = reader.read(new PlaywrightPage(page), clock.instant());
        tab.context().clearCookies();
        return outcome;
    }

    @Override
    public void close() throws Exception {
        for (Tab tab : tabs) {
            tab.thread()
                    .submit(() -> {
                        tab.browser().close();
                        tab.playwright().close();
                    })
                    .get();
            tab.thread().shutdownNow();
        }
    }
}

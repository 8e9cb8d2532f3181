package dev.roster.adapters.browser.playwright;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import dev.roster.adapters.browser.fetch.Fetched;
import dev.roster.adapters.browser.fetch.PageFetcher;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One Playwright with one Chromium and one open page, confined to a thread of its own: Playwright for Java must be
 * called from the thread that created it, so every call is handed to that thread. The page is reused from account to
 * account (a new page costs a renderer process, the largest part of a read) with the cookies cleared after each; it
 * is replaced after any failure, so a page in a bad state never reads the next account.
 *
 * <p>Every request the page makes, the navigation and each script, style, image, XHR and fetch, is intercepted and
 * fetched by the platform's {@link PageFetcher}, which checks it as the http source's requests are checked; Chromium
 * itself reaches no network (see {@link BrowserSettings#args}).
 */
final class BrowserSession implements AutoCloseable {

    /** Response headers that a browser takes as several lines rather than one joined with commas. */
    private static final String SET_COOKIE = "set-cookie";

    private final ExecutorService thread;
    private final Playwright playwright;
    private final Browser browser;
    private final BrowserSettings settings;
    private final PageFetcher fetcher;
    // Touched only on the session's thread.
    private BrowserContext context;
    private Page page;
    // Written on the session's thread, read after a read by the thread that held the session.
    private volatile Fetched navigationRefused;

    private BrowserSession(
            ExecutorService thread,
            Playwright playwright,
            Browser browser,
            BrowserSettings settings,
            PageFetcher fetcher) {
        this.thread = thread;
        this.playwright = playwright;
        this.browser = browser;
        this.settings = settings;
        this.fetcher = fetcher;
    }

    /**
     * @param nowherePort where Chromium sends what it would fetch itself: a proxy that answers nothing
     * @throws IllegalStateException when Chromium cannot be started (not installed, say), with Playwright's reason
     */
    static BrowserSession start(BrowserSettings settings, int number, PageFetcher fetcher, int nowherePort) {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread confined = new Thread(task, "roster-browser-" + number);
            confined.setDaemon(true);
            return confined;
        });
        try {
            Playwright playwright = onThread(
                    thread,
                    () -> Playwright.create(new Playwright.CreateOptions()
                            // The driver must never download browsers: the machine's Chromium is the one to use.
                            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))));
            Browser browser = onThread(thread, () -> {
                try {
                    return playwright
                            .chromium()
                            .launch(new BrowserType.LaunchOptions()
                                    .setExecutablePath(settings.executable())
                                    .setHeadless(true)
                                    .setChromiumSandbox(settings.sandbox())
                                    .setArgs(settings.args(nowherePort))
                                    .setTimeout(
                                            settings.timeout().multipliedBy(2).toMillis()));
                } catch (RuntimeException failed) {
                    playwright.close();
                    throw failed;
                }
            });
            return new BrowserSession(thread, playwright, browser, settings, fetcher);
        } catch (RuntimeException failed) {
            thread.shutdownNow();
            throw failed;
        }
    }

    /** Runs {@code work} with this session's page, on its thread; a failure replaces the page. */
    <T> T call(PageWork<T> work) {
        navigationRefused = null;
        return onThread(thread, () -> {
            try {
                return work.with(page());
            } catch (PlaywrightException failed) {
                discardPage();
                throw failed;
            } finally {
                if (context != null) {
                    context.clearCookies();
                }
            }
        });
    }

    private Page page() {
        if (page == null || page.isClosed()) {
            discardPage();
            context = browser.newContext(new Browser.NewContextOptions()
                    .setUserAgent(settings.userAgent())
                    .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
            context.route("**/*", this::fetchFor);
            page = context.newPage();
            page.setDefaultTimeout(settings.timeout().toMillis());
        }
        return page;
    }

    /** Why the last read's navigation was not fetched (refused or failed), if it was not. */
    Optional<Fetched> navigationRefused() {
        return Optional.ofNullable(navigationRefused);
    }

    /**
     * Fetches what the page asked for through the platform's fetcher, or refuses it. A GET's redirects are followed
     * here, each hop checked: Chromium would follow a redirect handed to it without asking the interception again.
     * The page then keeps the address it asked for, so a redirected page's relative links resolve against that one.
     */
    private void fetchFor(Route route) {
        Request request = route.request();
        Fetched fetched;
        try {
            URI url = new URI(request.url());
            fetched = request.method().equals("GET")
                    ? fetcher.followRedirects(url, request.allHeaders())
                    : fetcher.fetchOne(request.method(), url, request.allHeaders(), request.postDataBuffer());
        } catch (URISyntaxException notAUrl) {
            fetched = new Fetched.Refused("the page asked for an address that is not a URL");
        }
        if (fetched instanceof Fetched.Page answer) {
            route.fulfill(new Route.FulfillOptions()
                    .setStatus(answer.status())
                    .setHeaders(joined(answer.headers()))
                    .setBodyBytes(answer.body()));
            return;
        }
        if (request.isNavigationRequest() && request.frame().parentFrame() == null) {
            navigationRefused = fetched;
        }
        route.abort(fetched instanceof Fetched.Refused ? "blockedbyclient" : "failed");
    }

    private static Map<String, String> joined(Map<String, List<String>> headers) {
        Map<String, String> joined = new LinkedHashMap<>();
        headers.forEach((name, values) -> joined.put(name, String.join(name.equals(SET_COOKIE) ? "\n" : ", ", values)));
        return joined;
    }

    private void discardPage() {
        BrowserContext old = context;
        context = null;
        page = null;
        if (old != null) {
            try {
                old.close();
            } catch (PlaywrightException alreadyGone) {
                // The browser closed it already; a new one is made on the next read.
            }
        }
    }

    @Override
    public void close() {
        try {
            onThread(thread, () -> {
                discardPage();
                browser.close();
                playwright.close();
                return null;
            });
        } finally {
            thread.shutdownNow();
        }
    }

    /** What a session does with its page. */
    interface PageWork<T> {
        T with(Page page);
    }

    private static <T> T onThread(ExecutorService thread, Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the browser worked", interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }
}

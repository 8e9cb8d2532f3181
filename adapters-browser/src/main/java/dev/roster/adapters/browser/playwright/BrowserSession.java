package dev.roster.adapters.browser.playwright;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One Playwright with one Chromium and one open page, confined to a thread of its own: Playwright for Java must be
 * called from the thread that created it, so every call is handed to that thread. The page is reused from account to
 * account (a new page costs a renderer process, the largest part of a read) with the cookies cleared after each; it
 * is replaced after any failure, so a page in a bad state never reads the next account.
 */
final class BrowserSession implements AutoCloseable {

    private final ExecutorService thread;
    private final Playwright playwright;
    private final Browser browser;
    private final BrowserSettings settings;
    // Touched only on the session's thread.
    private BrowserContext context;
    private Page page;

    private BrowserSession(ExecutorService thread, Playwright playwright, Browser browser, BrowserSettings settings) {
        this.thread = thread;
        this.playwright = playwright;
        this.browser = browser;
        this.settings = settings;
    }

    /** @throws IllegalStateException when Chromium cannot be started (not installed, say), with Playwright's reason */
    static BrowserSession start(BrowserSettings settings, int number) {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread confined = new Thread(task, "roster-browser-" + number);
            confined.setDaemon(true);
            return confined;
        });
        try {
            Playwright playwright = onThread(thread, () -> Playwright.create(new Playwright.CreateOptions()
                    // The driver must never download browsers: the machine's Chromium is the one to use.
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))));
            Browser browser = onThread(thread, () -> {
                try {
                    return playwright.chromium().launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(settings.executable()).setHeadless(true).setArgs(BrowserSettings.ARGS)
                            .setTimeout(settings.timeout().multipliedBy(2).toMillis()));
                } catch (RuntimeException failed) {
                    playwright.close();
                    throw failed;
                }
            });
            return new BrowserSession(thread, playwright, browser, settings);
        } catch (RuntimeException failed) {
            thread.shutdownNow();
            throw failed;
        }
    }

    /** Runs {@code work} with this session's page, on its thread; a failure replaces the page. */
    <T> T call(PageWork<T> work) {
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
            context = browser.newContext(new Browser.NewContextOptions().setUserAgent(settings.userAgent()));
            page = context.newPage();
            page.setDefaultTimeout(settings.timeout().toMillis());
        }
        return page;
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

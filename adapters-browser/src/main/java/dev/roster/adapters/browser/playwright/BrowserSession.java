package dev.roster.adapters.browser.playwright;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One Playwright with one Chromium, confined to a thread of its own: Playwright for Java must be called from the
 * thread that created it, so every call is handed to that thread.
 */
final class BrowserSession implements AutoCloseable {

    private final ExecutorService thread;
    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession(ExecutorService thread, Playwright playwright, Browser browser) {
        this.thread = thread;
        this.playwright = playwright;
        this.browser = browser;
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
            return new BrowserSession(thread, playwright, browser);
        } catch (RuntimeException failed) {
            thread.shutdownNow();
            throw failed;
        }
    }

    /** Runs {@code work} with this session's browser, on its thread. */
    <T> T call(BrowserWork<T> work) {
        return onThread(thread, () -> work.with(browser));
    }

    @Override
    public void close() {
        try {
            onThread(thread, () -> {
                browser.close();
                playwright.close();
                return null;
            });
        } finally {
            thread.shutdownNow();
        }
    }

    /** What a session does with its browser. */
    interface BrowserWork<T> {
        T with(Browser browser);
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

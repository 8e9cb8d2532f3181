package dev.roster.adapters.browser.playwright;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.WaitUntilState;
import dev.roster.adapters.browser.fetch.Fetched;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.adapters.browser.rules.StatusOutcomes;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The {@code browser} metric source: opens the profile in a real headless Chromium (Playwright for Java), waits until
 * the page shows what the rules look for (pages that draw their figures with JavaScript), and reads it. One browser
 * per concurrent page, each page reused with its cookies cleared between accounts. Every request a page makes is
 * fetched through the platform's {@link PageFetcher}, so the browser reaches only what the http source would. Start
 * it once; close it to stop the browsers.
 */
public final class BrowserMetricSource implements MetricSource, AutoCloseable {

    private final List<BrowserSession> sessions;
    private final BlockingQueue<BrowserSession> idle;
    private final NowhereProxy nowhere;
    private final PageReader reader;
    private final BrowserSettings settings;
    private final Clock clock;

    private BrowserMetricSource(List<BrowserSession> sessions, NowhereProxy nowhere, PageReader reader,
            BrowserSettings settings, Clock clock) {
        this.sessions = sessions;
        this.nowhere = nowhere;
        this.idle = new ArrayBlockingQueue<>(sessions.size(), true, sessions);
        this.reader = reader;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Starts {@code settings.pages()} browsers.
     *
     * @param fetcher the platform's: fetches every request the pages make, or refuses it
     * @throws IllegalStateException when Chromium cannot be started, with Playwright's reason
     */
    public static BrowserMetricSource start(BrowserSettings settings, PageReader reader, PageFetcher fetcher,
            Clock clock) {
        List<BrowserSession> sessions = new ArrayList<>();
        NowhereProxy nowhere = NowhereProxy.start();
        try {
            for (int i = 0; i < settings.pages(); i++) {
                sessions.add(BrowserSession.start(settings, i, fetcher, nowhere.port()));
            }
        } catch (RuntimeException failed) {
            sessions.forEach(BrowserSession::close);
            nowhere.close();
            throw new IllegalStateException("could not start Chromium at " + settings.executable() + ": "
                    + failed.getMessage(), failed);
        }
        return new BrowserMetricSource(sessions, nowhere, reader, settings, clock);
    }

    @Override
    public CollectionOutcome collect(CollectionTarget target) {
        BrowserSession session;
        try {
            session = idle.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new CollectionOutcome.TransientFailure("interrupted while waiting for a browser");
        }
        try {
            return session.call(page -> read(page, target));
        } catch (RuntimeException failed) {
            // Chromium's own words may name addresses; what Roster's fetcher said is plain.
            Optional<Fetched> notFetched = session.navigationRefused();
            if (notFetched.isPresent() && notFetched.get() instanceof Fetched.Refused refused) {
                return new CollectionOutcome.Refused(refused.reason());
            }
            if (notFetched.isPresent() && notFetched.get() instanceof Fetched.Failed cut) {
                return new CollectionOutcome.TransientFailure(cut.reason());
            }
            return new CollectionOutcome.TransientFailure(failed instanceof TimeoutError
                    ? "the page did not load within " + settings.timeout().toSeconds() + " s"
                    : "the browser could not load the page");
        } finally {
            idle.add(session);
        }
    }

    private CollectionOutcome read(Page page, CollectionTarget target) {
        double timeout = settings.timeout().toMillis();
        Response response = page.navigate(target.profileUrl().toString(),
                new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED).setTimeout(timeout));
        if (response != null) {
            CollectionOutcome byStatus = StatusOutcomes.of(response.status(), response.headerValue("retry-after"),
                    clock.instant());
            if (byStatus != null) {
                return byStatus;
            }
        }
        try {
            ready(page).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(timeout));
        } catch (TimeoutError nothingShowed) {
            // Read anyway: the rules then say which metric is missing, with the page as it stands.
        }
        return reader.read(new PlaywrightPage(page), clock.instant());
    }

    /** Any of the things the rules look for, whichever the page shows first. */
    private Locator ready(Page page) {
        Locator any = null;
        for (String selector : reader.rules().readySelectors()) {
            Locator one = page.locator(selector);
            any = any == null ? one : any.or(one);
        }
        return any.first();
    }

    @Override
    public void close() {
        sessions.forEach(BrowserSession::close);
        nowhere.close();
    }
}

package dev.roster.adapters.browser.playwright;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.WaitUntilState;
import dev.roster.adapters.browser.fetch.Fetched;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.rules.CommentReader;
import dev.roster.adapters.browser.rules.CommentReaders;
import dev.roster.adapters.browser.rules.Css;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.adapters.browser.rules.PostReader;
import dev.roster.adapters.browser.rules.StatusOutcomes;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.CommentPage;
import dev.roster.application.port.MetricSource;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The {@code browser} metric source: opens the profile in a real headless Chromium (Playwright for Java), waits until
 * the page shows what the rules look for (pages that draw their figures with JavaScript), and reads it. One browser
 * per concurrent page, each page reused with its cookies cleared between accounts. Every request a page makes is
 * fetched through the platform's {@link PageFetcher}, so the browser reaches only what the http source would. Start
 * it once; close it to stop the browsers.
 */
public final class BrowserMetricSource implements MetricSource, AutoCloseable {

    private static final Pattern DIGIT = Pattern.compile("[0-9]");

    private final List<BrowserSession> sessions;
    private final BlockingQueue<BrowserSession> idle;
    private final NowhereProxy nowhere;
    private final PageReader reader;
    private final BrowserSettings settings;
    private final Clock clock;

    private BrowserMetricSource(
            List<BrowserSession> sessions,
            NowhereProxy nowhere,
            PageReader reader,
            BrowserSettings settings,
            Clock clock) {
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
    public static BrowserMetricSource start(
            BrowserSettings settings, PageReader reader, PageFetcher fetcher, Clock clock) {
        List<BrowserSession> sessions = new ArrayList<>();
        NowhereProxy nowhere = NowhereProxy.start();
        try {
            for (int i = 0; i < settings.pages(); i++) {
                sessions.add(BrowserSession.start(settings, i, fetcher, nowhere.port()));
            }
        } catch (RuntimeException failed) {
            sessions.forEach(BrowserSession::close);
            nowhere.close();
            throw new IllegalStateException(
                    "could not start Chromium at " + settings.executable() + ": " + failed.getMessage(), failed);
        }
        return new BrowserMetricSource(sessions, nowhere, reader, settings, clock);
    }

    @Override
    public CollectionOutcome collect(CollectionTarget target) {
        return withPage(page -> read(page, target), new Failures<>() {
            @Override
            public CollectionOutcome refused(String reason) {
                return new CollectionOutcome.Refused(reason);
            }

            @Override
            public CollectionOutcome failed(String reason) {
                return new CollectionOutcome.TransientFailure(reason);
            }
        });
    }

    /**
     * The platform's posts and comments, read by these browsers: the same pages and so the same concurrency, each
     * page opened without cookies (they are cleared after every read).
     *
     * @param comments {@code null} when the platform has no rules for comments
     * @throws IllegalArgumentException naming the rule whose selector is not CSS
     */
    public PostSource posts(PostReader posts, CommentReader comments) {
        Css.check(posts.rules());
        if (comments != null) {
            Css.check(comments.rules());
        }
        return new PostSource() {
            @Override
            public PostOutcome check(URI post) {
                return withPage(
                        page -> readPost(
                                page, post, posts, posts.rules().readySelectors(), posts::read, outcome -> outcome),
                        unknown(outcome -> outcome));
            }

            @Override
            public CommentPage comments(URI url) {
                if (comments == null) {
                    return CommentPage.without(CommentReaders.NO_RULES);
                }
                return withPage(
                        page -> readPost(
                                page, url, posts, comments.readySelectors(), comments::read, CommentPage::without),
                        unknown(CommentPage::without));
            }

            @Override
            public int maxCommentPages() {
                return comments == null ? 1 : comments.rules().maxPages();
            }
        };
    }

    /** A page not loaded is unknown, whatever the reason: a post is never called gone for it. */
    private static <T> Failures<T> unknown(Function<PostOutcome, T> as) {
        return new Failures<>() {
            @Override
            public T refused(String reason) {
                return as.apply(new PostOutcome.Unknown(reason));
            }

            @Override
            public T failed(String reason) {
                return as.apply(new PostOutcome.Unknown(reason));
            }
        };
    }

    /** How a read that did not get to the page's content ends, for each kind of answer. */
    private interface Failures<T> {

        /** The fetcher refused the page: not on the platform's hosts, a refused address, too large. */
        T refused(String reason);

        /** The page did not load: the network, a time-out, the browser. */
        T failed(String reason);
    }

    /** Runs {@code work} on an idle browser's page, waiting for one; what went wrong is told plainly. */
    private <T> T withPage(BrowserSession.PageWork<T> work, Failures<T> failures) {
        BrowserSession session;
        try {
            session = idle.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return failures.failed("interrupted while waiting for a browser");
        }
        try {
            return session.call(work);
        } catch (RuntimeException failed) {
            // Chromium's own words may name addresses; what Roster's fetcher said is plain.
            Optional<Fetched> notFetched = session.navigationRefused();
            if (notFetched.isPresent() && notFetched.get() instanceof Fetched.Refused refused) {
                return failures.refused(refused.reason());
            }
            if (notFetched.isPresent() && notFetched.get() instanceof Fetched.Failed cut) {
                return failures.failed(cut.reason());
            }
            return failures.failed(
                    failed instanceof TimeoutError
                            ? "the page did not load within "
                                    + settings.timeout().toSeconds() + " s"
                            : "the browser could not load the page");
        } finally {
            idle.add(session);
        }
    }

    private <T> T readPost(
            Page page,
            URI url,
            PostReader posts,
            List<String> ready,
            Function<Document, T> reader,
            Function<PostOutcome, T> failed) {
        Response response = navigate(page, url);
        if (response != null) {
            Optional<PostOutcome> byStatus =
                    posts.byStatus(response.status(), response.headerValue("retry-after"), clock.instant());
            if (byStatus.isPresent()) {
                return failed.apply(byStatus.get());
            }
        }
        waitForAny(page, ready);
        // The page as drawn so far, read as HTML: the same readers as the http source's.
        return reader.apply(Jsoup.parse(page.content(), page.url()));
    }

    private Response navigate(Page page, URI url) {
        return page.navigate(
                url.toString(),
                new Page.NavigateOptions()
                        .setWaitUntil(WaitUntilState.DOMCONTENTLOADED)
                        .setTimeout(settings.timeout().toMillis()));
    }

    /** Waits until any of {@code selectors} is on the page, or the time-out: then the rules read what is there. */
    private void waitForAny(Page page, List<String> selectors) {
        if (selectors.isEmpty()) {
            return;
        }
        Locator any = null;
        for (String selector : selectors) {
            Locator one = page.locator(selector);
            any = any == null ? one : any.or(one);
        }
        try {
            any.first()
                    .waitFor(new Locator.WaitForOptions()
                            .setState(WaitForSelectorState.ATTACHED)
                            .setTimeout(settings.timeout().toMillis()));
        } catch (TimeoutError nothingShowed) {
            // Read anyway: the rules then say what is missing, with the page as it stands.
        }
    }

    private CollectionOutcome read(Page page, CollectionTarget target) {
        Response response = navigate(page, target.profileUrl());
        if (response != null) {
            CollectionOutcome byStatus =
                    StatusOutcomes.of(response.status(), response.headerValue("retry-after"), clock.instant());
            if (byStatus != null) {
                return byStatus;
            }
        }
        waitForFigures(page);
        return reader.read(new PlaywrightPage(page), clock.instant());
    }

    /**
     * Waits until every metric's element shows text its rule reads (its regex matches, or it has a digit), or a notice
     * (private, missing) shows, or the time-out: pages that draw a placeholder first and the number later are read
     * once the number is there, not while "loading…" stands where it will be.
     */
    private void waitForFigures(Page page) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        List<Locator> figures = reader.rules().metrics().stream()
                .map(rule -> page.locator(rule.selector())
                        .filter(new Locator.FilterOptions().setHasText(rule.regex() != null ? rule.regex() : DIGIT)))
                .toList();
        Locator first = figures.get(0);
        for (String notice : reader.rules().notices()) {
            first = first.or(page.locator(notice));
        }
        for (Locator figure : figures) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return;
            }
            try {
                (figure == figures.get(0) ? first : figure)
                        .first()
                        .waitFor(new Locator.WaitForOptions()
                                .setState(WaitForSelectorState.ATTACHED)
                                .setTimeout(left));
            } catch (TimeoutError notYet) {
                // Read anyway: the rules then say which metric is missing, with the page as it stands.
                return;
            }
            if (figure == figures.get(0)
                    && reader.rules().notices().stream()
                            .anyMatch(notice -> page.locator(notice).count() > 0)) {
                return;
            }
        }
    }

    @Override
    public void close() {
        sessions.forEach(BrowserSession::close);
        nowhere.close();
    }
}

package dev.roster.adapters.browser.http;

import dev.roster.adapters.browser.fetch.Fetched;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.rules.Css;
import dev.roster.adapters.browser.rules.PostReader;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * The {@code http} source of posts: fetches a post page through the platform's {@link PageFetcher} (its hosts, the
 * address rules, the body cap; no cookies) and reads it with the platform's post rules (jsoup).
 */
public final class HttpPostSource implements PostSource {

    private static final Map<String, String> ACCEPT_HTML = Map.of("Accept", "text/html");

    private final PageFetcher fetcher;
    private final PostReader posts;
    private final Clock clock;

    /** @throws IllegalArgumentException naming the rule whose selector is not CSS jsoup understands */
    public HttpPostSource(PageFetcher fetcher, PostReader posts, Clock clock) {
        Css.check(posts.rules());
        this.fetcher = fetcher;
        this.posts = posts;
        this.clock = clock;
    }

    @Override
    public PostOutcome check(URI post) {
        Fetched fetched = fetcher.followRedirects(post, ACCEPT_HTML);
        if (fetched instanceof Fetched.Refused refused) {
            return new PostOutcome.Unknown(refused.reason());
        }
        if (fetched instanceof Fetched.Failed failed) {
            return new PostOutcome.Unknown(failed.reason());
        }
        Fetched.Page page = (Fetched.Page) fetched;
        var byStatus = posts.byStatus(page.status(), page.header("Retry-After").orElse(null), clock.instant());
        if (byStatus.isPresent()) {
            return byStatus.get();
        }
        try {
            return posts.read(JsoupPage.parse(page));
        } catch (IOException unreadable) {
            return new PostOutcome.Unknown("could not read the page");
        }
    }
}

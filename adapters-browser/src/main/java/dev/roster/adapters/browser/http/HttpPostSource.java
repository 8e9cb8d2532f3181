package dev.roster.adapters.browser.http;

import dev.roster.adapters.browser.fetch.Fetched;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.rules.CommentReader;
import dev.roster.adapters.browser.rules.CommentReaders;
import dev.roster.adapters.browser.rules.Css;
import dev.roster.adapters.browser.rules.PostReader;
import dev.roster.application.port.CommentPage;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;

/**
 * The {@code http} source of posts: fetches a post page through the platform's {@link PageFetcher} (its hosts, the
 * address rules, the body cap; no cookies) and reads it with the platform's post rules (jsoup).
 */
public final class HttpPostSource implements PostSource {

    private static final Map<String, String> ACCEPT_HTML = Map.of("Accept", "text/html");

    private final PageFetcher fetcher;
    private final PostReader posts;
    private final CommentReader comments;
    private final Clock clock;

    /**
     * @param comments {@code null} when the platform has no rules for comments
     * @throws IllegalArgumentException naming the rule whose selector is not CSS jsoup understands
     */
    public HttpPostSource(PageFetcher fetcher, PostReader posts, CommentReader comments, Clock clock) {
        Css.check(posts.rules());
        if (comments != null) {
            Css.check(comments.rules());
        }
        this.fetcher = fetcher;
        this.posts = posts;
        this.comments = comments;
        this.clock = clock;
    }

    @Override
    public PostOutcome check(URI post) {
        return read(post, posts::read, outcome -> outcome);
    }

    @Override
    public CommentPage comments(URI page) {
        if (comments == null) {
            return CommentPage.without(CommentReaders.NO_RULES);
        }
        return read(page, comments::read, CommentPage::without);
    }

    @Override
    public int maxCommentPages() {
        return comments == null ? 1 : comments.rules().maxPages();
    }

    /** Fetches a page and reads it, or tells why it could not be read as {@code failed} makes of an outcome. */
    private <T> T read(URI url, Function<Document, T> reader, Function<PostOutcome, T> failed) {
        Fetched fetched = fetcher.followRedirects(url, ACCEPT_HTML);
        if (fetched instanceof Fetched.Refused refused) {
            return failed.apply(new PostOutcome.Unknown(refused.reason()));
        }
        if (fetched instanceof Fetched.Failed cut) {
            return failed.apply(new PostOutcome.Unknown(cut.reason()));
        }
        Fetched.Page page = (Fetched.Page) fetched;
        var byStatus = posts.byStatus(page.status(), page.header("Retry-After").orElse(null), clock.instant());
        if (byStatus.isPresent()) {
            return failed.apply(byStatus.get());
        }
        try {
            return reader.apply(JsoupPage.parse(page));
        } catch (IOException unreadable) {
            return failed.apply(new PostOutcome.Unknown("could not read the page"));
        }
    }
}

package dev.roster.adapters.browser.rules;

import dev.roster.application.port.PostOutcome;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Applies a platform's post rules to a fetched post page: its status first, then the notices, then the author. What
 * it cannot tell is {@link PostOutcome.Unknown}, never deleted: a post is called deleted only when the platform says so.
 */
public final class PostReader {

    private final PostRules rules;

    public PostReader(PostRules rules) {
        this.rules = rules;
    }

    public PostRules rules() {
        return rules;
    }

    /** What the HTTP status alone decides, or empty when the page is there to read. */
    public Optional<PostOutcome> byStatus(int status, String retryAfter, Instant now) {
        if (status == 429) {
            return Optional.of(new PostOutcome.RateLimited(RetryAfter.parse(retryAfter, now)));
        }
        if (rules.missingStatus().contains(status)) {
            return Optional.of(new PostOutcome.Deleted("the platform answered HTTP " + status));
        }
        if (status < 200 || status >= 300) {
            return Optional.of(new PostOutcome.Unknown("the platform answered HTTP " + status));
        }
        return Optional.empty();
    }

    /** Reads a page that came with a 2xx status. */
    public PostOutcome read(Document page) {
        Optional<PostOutcome> notice = notice(page);
        if (notice.isPresent()) {
            return notice.get();
        }
        if (rules.author() == null) {
            return new PostOutcome.Live(null);
        }
        Optional<URI> author = author(page);
        if (author.isEmpty()) {
            return new PostOutcome.Unknown("the page shows neither the post's author nor a notice the rules know; its "
                    + "layout may have changed: "
                    + Excerpt.of(page.body() != null ? page.body().text() : page.text()));
        }
        return new PostOutcome.Live(author.get());
    }

    /** What a notice on the page says: deleted, private or restricted; empty when it shows none. */
    public Optional<PostOutcome> notice(Document page) {
        if (shows(page, rules.missingCss())) {
            return Optional.of(new PostOutcome.Deleted("the page says the post was deleted"));
        }
        if (shows(page, rules.privateCss())) {
            return Optional.of(new PostOutcome.Private("the page says the post or its author is private"));
        }
        if (shows(page, rules.restrictedCss())) {
            return Optional.of(new PostOutcome.Restricted("the page asks for a login or an age check"));
        }
        return Optional.empty();
    }

    /** The post's author's profile URL, when the rules say where it is and the page shows it. */
    public Optional<URI> author(Document page) {
        return rules.author() == null
                ? Optional.empty()
                : rules.author().read(page).flatMap(PostReader::uri);
    }

    private static boolean shows(Document page, String css) {
        return css != null && page.selectFirst(css) != null;
    }

    static Optional<URI> uri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException notALink) {
            return Optional.empty();
        }
    }
}

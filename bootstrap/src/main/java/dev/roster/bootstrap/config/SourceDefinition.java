package dev.roster.bootstrap.config;

import dev.roster.adapters.browser.rules.CommentRules;
import dev.roster.adapters.browser.rules.PageRules;
import dev.roster.adapters.browser.rules.PostRules;
import java.time.Duration;
import java.util.Objects;

/**
 * Which metric source reads a platform's pages, with what rules.
 *
 * @param timeout how long one page may take
 * @param posts    how its post pages are read ({@code posts:}), or {@code null} when the reports do not read them
 * @param comments how its comments are read ({@code comments:}), or {@code null}
 */
public record SourceDefinition(Kind kind, PageRules rules, Duration timeout, PostRules posts, CommentRules comments) {

    /** The two sources: a plain fetch, or a real browser for pages drawn by JavaScript. */
    public enum Kind {
        HTTP,
        BROWSER
    }

    public SourceDefinition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(timeout, "timeout");
        if (comments != null && posts == null) {
            // Comments are read on the post's page: its notices (deleted, private) come from the post rules.
            posts = new PostRules(null, null, null, null, null);
        }
    }
}

package dev.roster.bootstrap.config;

import dev.roster.adapters.browser.rules.PageRules;
import dev.roster.adapters.browser.rules.PostRules;
import java.time.Duration;
import java.util.Objects;

/**
 * Which metric source reads a platform's pages, with what rules.
 *
 * @param timeout how long one page may take
 * @param posts   how its post pages are read ({@code posts:}), or {@code null} when the reports do not read them
 */
public record SourceDefinition(Kind kind, PageRules rules, Duration timeout, PostRules posts) {

    /** The two sources: a plain fetch, or a real browser for pages drawn by JavaScript. */
    public enum Kind { HTTP, BROWSER }

    public SourceDefinition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(timeout, "timeout");
    }
}

package dev.roster.bootstrap.config;

import dev.roster.adapters.browser.rules.PageRules;
import java.time.Duration;
import java.util.Objects;

/**
 * Which metric source reads a platform's pages, with what rules.
 *
 * @param timeout how long one page may take
 */
public record SourceDefinition(Kind kind, PageRules rules, Duration timeout) {

    /** The two sources: a plain fetch, or a real browser for pages drawn by JavaScript. */
    public enum Kind { HTTP, BROWSER }

    public SourceDefinition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(timeout, "timeout");
    }
}

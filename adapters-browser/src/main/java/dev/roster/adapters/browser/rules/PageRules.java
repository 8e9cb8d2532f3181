package dev.roster.adapters.browser.rules;

import java.util.List;
import java.util.Objects;

/**
 * How to read one platform's profile pages: a rule per metric, and optionally the selectors of what the platform shows
 * instead of a profile for a private account or an account that does not exist (some answer those with HTTP 200).
 *
 * @param privateWhen selector of the "this account is private" notice, or {@code null}
 * @param missingWhen selector of the "no such account" notice, or {@code null}
 */
public record PageRules(List<MetricRule> metrics, String privateWhen, String missingWhen) {

    public PageRules {
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("at least one metric rule is needed");
        }
        metrics.forEach(rule -> Objects.requireNonNull(rule, "rule"));
    }

    /** The selectors of the notices (private, missing) the rules know. */
    public List<String> notices() {
        List<String> notices = new java.util.ArrayList<>();
        if (privateWhen != null) {
            notices.add(privateWhen);
        }
        if (missingWhen != null) {
            notices.add(missingWhen);
        }
        return List.copyOf(notices);
    }
}

package dev.roster.adapters.browser.rules;

import dev.roster.domain.platform.MetricName;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where one metric is on a profile page: the element a selector finds (CSS for the http source; any Playwright
 * selector for the browser source) and, optionally, a regular expression over its text whose first group (or whole
 * match) holds the number.
 *
 * @param regex {@code null} when the element's whole text is the number
 */
public record MetricRule(MetricName metric, String selector, Pattern regex) {

    public MetricRule {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(selector, "selector");
        if (selector.isBlank()) {
            throw new IllegalArgumentException("the selector of " + metric + " is empty");
        }
    }

    /** The part of the element's text holding the number, or {@code null} when the regex does not match. */
    String numberText(String elementText) {
        if (regex == null) {
            return elementText;
        }
        var match = regex.matcher(elementText);
        if (!match.find()) {
            return null;
        }
        return match.groupCount() >= 1 ? match.group(1) : match.group();
    }
}

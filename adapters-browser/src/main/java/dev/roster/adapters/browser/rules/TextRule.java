package dev.roster.adapters.browser.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where a piece of text is on a page: the first element a CSS selector finds, its text or one of its attributes
 * ({@code href}, {@code datetime}), and optionally a regular expression whose first group (or whole match) is the
 * value. Links ({@code href}, {@code src}) are made absolute against the page's address.
 *
 * @param attr  {@code null} for the element's text
 * @param regex {@code null} for the whole value
 */
public record TextRule(String css, String attr, Pattern regex) {

    /** Attributes that hold a link: their value is made absolute; any other is read as it is ({@code datetime}). */
    private static final Set<String> LINKS = Set.of("href", "src", "action", "data-href", "data-url");

    public TextRule {
        Objects.requireNonNull(css, "css");
        if (css.isBlank()) {
            throw new IllegalArgumentException("a rule's css selector is empty");
        }
    }

    /** A rule reading an element's text. */
    public static TextRule text(String css) {
        return new TextRule(css, null, null);
    }

    /** The value within {@code scope} (a page or one comment), or empty when the element or the match is not there. */
    public Optional<String> read(Element scope) {
        Element element = scope.selectFirst(css);
        if (element == null) {
            return Optional.empty();
        }
        String value = attr == null ? element.text() : linkOrAttribute(element);
        if (regex == null) {
            return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
        var match = regex.matcher(value);
        if (!match.find()) {
            return Optional.empty();
        }
        return Optional.of((match.groupCount() >= 1 ? match.group(1) : match.group()).strip());
    }

    private String linkOrAttribute(Element element) {
        if (!element.hasAttr(attr)) {
            return "";
        }
        if (!LINKS.contains(attr.toLowerCase(Locale.ROOT))) {
            return element.attr(attr);
        }
        String absolute = element.absUrl(attr);
        return absolute.isEmpty() ? element.attr(attr) : absolute;
    }
}

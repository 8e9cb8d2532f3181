package dev.roster.application.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web addresses written in a comment: http(s) URLs and bare {@code www.} hosts, as Korean text writes them (run
 * into the words around them: "www.brand.co.kr로"), without the punctuation that ends a sentence or closes a bracket.
 */
final class UrlsInText {

    /** Characters of a URL as people paste them: ASCII only, so a Korean particle after it is not taken in. */
    private static final String URL_CHARACTERS = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";

    private static final Pattern URL =
            Pattern.compile("(?i)(?:https?://|(?<![A-Za-z0-9.\\-@/])www\\.)" + URL_CHARACTERS + "+");
    private static final String TRAILING = ".,;:!?'\"";

    private UrlsInText() {}

    /** Every address in {@code text}, in order, each once. */
    static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        Matcher match = URL.matcher(text);
        while (match.find()) {
            String url = trim(match.group());
            if (url.contains(".") && !found.contains(url)) {
                found.add(url);
            }
        }
        return found;
    }

    /** The host an address names, in lower case; empty when it names none. */
    static Optional<String> host(String url) {
        try {
            URI parsed = URI.create(url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url);
            return Optional.ofNullable(parsed.getHost()).map(host -> host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }

    private static String trim(String url) {
        String trimmed = url;
        while (!trimmed.isEmpty()) {
            char last = trimmed.charAt(trimmed.length() - 1);
            boolean unbalanced = last == ')' && count(trimmed, '(') < count(trimmed, ')')
                    || last == ']' && count(trimmed, '[') < count(trimmed, ']');
            if (TRAILING.indexOf(last) < 0 && !unbalanced) {
                break;
            }
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static long count(String text, char wanted) {
        return text.chars().filter(c -> c == wanted).count();
    }
}

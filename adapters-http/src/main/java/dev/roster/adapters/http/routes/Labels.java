package dev.roster.adapters.http.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The labels of one Prometheus series, in the order given ({@code platform="a",outcome="private"}); values are
 * escaped when written, so any text (a route, a failure status, a queue's name) is safe to use.
 */
public record Labels(List<String> namesAndValues) implements Comparable<Labels> {

    public static final Labels NONE = new Labels(List.of());

    public Labels {
        namesAndValues = List.copyOf(namesAndValues);
        if (namesAndValues.size() % 2 != 0) {
            throw new IllegalArgumentException("labels come in name and value pairs: " + namesAndValues);
        }
        for (int i = 0; i < namesAndValues.size(); i += 2) {
            if (!isLabelName(namesAndValues.get(i))) {
                throw new IllegalArgumentException("not a Prometheus label name: " + namesAndValues.get(i));
            }
        }
    }

    /**
     * {@code [a-zA-Z_][a-zA-Z0-9_]*}, tested without a regular expression: every request counts itself under a set of
     * labels, and a pattern match allocated more than the rest of the count.
     */
    private static boolean isLabelName(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** @param namesAndValues {@code "platform", "a", "outcome", "private"} */
    public static Labels of(String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (String part : namesAndValues) {
            pairs.add(Objects.requireNonNull(part, "a label's name or value"));
        }
        return new Labels(pairs);
    }

    /** {@code {platform="a",outcome="private"}}, or nothing for no labels. */
    String text() {
        if (namesAndValues.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.size(); i += 2) {
            text.append(i == 0 ? "" : ",")
                    .append(namesAndValues.get(i))
                    .append("=\"")
                    .append(escape(namesAndValues.get(i + 1)))
                    .append('"');
        }
        return text.append('}').toString();
    }

    /** The text format's escapes in a label value: backslash, double quote and line feed. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public int compareTo(Labels other) {
        return String.join("\u0000", namesAndValues).compareTo(String.join("\u0000", other.namesAndValues));
    }
}

package dev.roster.adapters.dynamodb;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expression attribute names, derived from the expression: {@code #name} stands for the attribute {@code name}, so
 * attribute names never clash with DynamoDB's reserved words and need no separate map at each call.
 */
final class Expressions {

    private static final Pattern NAME = Pattern.compile("#([A-Za-z][A-Za-z0-9]*)");

    private Expressions() {}

    /** The names map of {@code expressions}, or {@code null} when none uses a name. */
    static Map<String, String> names(String... expressions) {
        Map<String, String> names = new HashMap<>();
        for (String expression : expressions) {
            if (expression != null) {
                Matcher matcher = NAME.matcher(expression);
                while (matcher.find()) {
                    names.put(matcher.group(), matcher.group(1));
                }
            }
        }
        return names.isEmpty() ? null : names;
    }
}

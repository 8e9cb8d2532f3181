package dev.roster.adapters.http.routes;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a header value such as {@code form-data; name="file"; filename="a.xlsx"} or
 * {@code multipart/form-data; boundary=xyz}, read in one pass (no regular expression to backtrack on a hostile value).
 */
final class HeaderParameters {

    private HeaderParameters() {}

    /** Each parameter by its lower-cased name, the first of a name winning; quoted values unquoted. */
    static Map<String, String> of(String headerValue) {
        Map<String, String> parameters = new LinkedHashMap<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        boolean escaped = false;
        boolean first = true;
        for (int i = 0; i <= headerValue.length(); i++) {
            char c = i < headerValue.length() ? headerValue.charAt(i) : ';';
            if (escaped) {
                token.append(c);
                escaped = false;
            } else if (quoted && c == '\\') {
                escaped = true;
            } else if (c == '"') {
                quoted = !quoted;
                token.append(c);
            } else if (c == ';' && !quoted || i == headerValue.length()) {
                if (!first) {
                    add(parameters, token.toString());
                }
                first = false;
                token.setLength(0);
            } else {
                token.append(c);
            }
        }
        return parameters;
    }

    private static void add(Map<String, String> parameters, String parameter) {
        int equals = parameter.indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT);
        String value = parameter.substring(equals + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        parameters.putIfAbsent(name, value);
    }
}

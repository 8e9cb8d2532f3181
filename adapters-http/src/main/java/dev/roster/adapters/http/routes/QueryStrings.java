package dev.roster.adapters.http.routes;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a raw query string ({@code q=%EB%AF%BC&limit=5}) into decoded parameters, as every transport must. */
public final class QueryStrings {

    private QueryStrings() {}

    /** Every parameter with every value, in order; a component that is not valid percent-encoding is left out. */
    public static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name != null && !name.isEmpty() && value != null) {
                parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return parameters;
    }

    private static String decode(String component) {
        try {
            return URLDecoder.decode(component, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}

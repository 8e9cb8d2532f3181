package dev.roster.adapters.http.routes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A route's path such as {@code /api/platforms/{platform}/accounts/{id}}: literal segments and named parameters. */
public record PathTemplate(String text, List<String> segments) {

    public PathTemplate {
        segments = List.copyOf(segments);
    }

    public static PathTemplate of(String text) {
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with '/': " + text);
        }
        return new PathTemplate(text, List.of(text.substring(1).split("/", -1)));
    }

    /**
     * The parameters of {@code rawPath} (still percent-encoded, as it came off the wire) if it fits this template. Each
     * segment is decoded on its own, so an encoded '/' stays inside its segment.
     */
    public Optional<Map<String, String>> match(String rawPath) {
        String[] decoded = PathSegments.decode(rawPath);
        return decoded != null && fits(decoded) ? Optional.of(parameters(decoded)) : Optional.empty();
    }

    /** Whether the path's decoded segments fit: as many, each literal equal, each parameter not empty. */
    boolean fits(String[] decoded) {
        if (decoded.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < decoded.length; i++) {
            String segment = segments.get(i);
            if (isParameter(segment) ? decoded[i].isEmpty() : !segment.equals(decoded[i])) {
                return false;
            }
        }
        return true;
    }

    /** The named parameters of a path that {@link #fits}, in the template's order. */
    Map<String, String> parameters(String[] decoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < decoded.length; i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
                parameters.put(segment.substring(1, segment.length() - 1), decoded[i]);
            }
        }
        return parameters;
    }

    static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}

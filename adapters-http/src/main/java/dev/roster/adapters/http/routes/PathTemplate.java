package dev.roster.adapters.http.routes;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
        if (!rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        if (parts.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments.get(i);
            String decoded = decode(parts[i]);
            if (decoded == null) {
                return Optional.empty();
            }
            if (isParameter(segment)) {
                if (decoded.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 1), decoded);
            } else if (!segment.equals(decoded)) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** The decoded segment, or {@code null} when it is not valid percent-encoding. */
    private static String decode(String segment) {
        try {
            // '+' means a plus sign in a path, unlike in a form; keep it before URLDecoder turns it into a space.
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}

package dev.roster.adapters.http.routes;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A raw request path cut at its slashes, each segment percent-decoded once per request (not once per route): the route
 * table matches these against its templates, segment by segment, without a regular expression.
 */
final class PathSegments {

    private PathSegments() {}

    /** The decoded segments of {@code rawPath}, or {@code null} when it does not start with '/' or a segment is not
     * valid percent-encoding (no route fits such a path). */
    static String[] decode(String rawPath) {
        if (!rawPath.startsWith("/")) {
            return null;
        }
        int count = 1;
        for (int i = 1; i < rawPath.length(); i++) {
            if (rawPath.charAt(i) == '/') {
                count++;
            }
        }
        String[] segments = new String[count];
        int start = 1;
        for (int i = 0; i < count; i++) {
            int end = rawPath.indexOf('/', start);
            end = end < 0 ? rawPath.length() : end;
            String decoded = decodeSegment(rawPath.substring(start, end));
            if (decoded == null) {
                return null;
            }
            segments[i] = decoded;
            start = end + 1;
        }
        return segments;
    }

    /** The decoded segment, or {@code null} when it is not valid percent-encoding. */
    private static String decodeSegment(String segment) {
        if (segment.indexOf('%') < 0) {
            // Nothing encoded: the segment is itself ('+' is a plus sign in a path, not a space as in a form).
            return segment;
        }
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}

package dev.roster.adapters.http.routes;

import dev.roster.application.error.InvalidInputException;

/** Reads the version a client read, from the body's {@code version} or else from {@code If-Match}. */
final class Versions {

    private Versions() {}

    static Long expected(Long fromBody, ApiRequest request) {
        if (fromBody != null) {
            return fromBody;
        }
        return request.headers().first("If-Match").map(Versions::parseEntityTag).orElse(null);
    }

    private static Long parseEntityTag(String header) {
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        int fingerprint = tag.indexOf('-');
        if (fingerprint > 0) {
            tag = tag.substring(0, fingerprint); // what Replies.etag adds for consent; the version comes first
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException notAVersion) {
            throw InvalidInputException.of(
                    "If-Match", "must be the entity tag of a version this API sent, such as \"3\"");
        }
    }
}

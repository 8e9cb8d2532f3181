package dev.roster.adapters.http.routes;

import java.util.List;

/**
 * What body a route accepts: its media types (none for routes without a body) and the most bytes it reads. A body
 * of another type is refused with 415, a larger one with 413, before the handler runs.
 */
public record RequestBody(List<String> mediaTypes, long maxBytes) {

    /** JSON documents of a few fields never need more; anything larger is a mistake or an attack. */
    public static final long JSON_MAX_BYTES = 64 * 1024;

    public RequestBody {
        mediaTypes = List.copyOf(mediaTypes);
    }

    public static RequestBody none() {
        return new RequestBody(List.of(), 0);
    }

    public static RequestBody json() {
        return new RequestBody(List.of("application/json", "application/merge-patch+json"), JSON_MAX_BYTES);
    }

    public boolean isNone() {
        return mediaTypes.isEmpty();
    }
}

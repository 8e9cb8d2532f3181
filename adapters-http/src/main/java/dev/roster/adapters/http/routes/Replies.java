package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.json.JsonCodec;

/** Builds JSON responses; one per API, sharing its codec. */
public final class Replies {

    private final JsonCodec json;

    public Replies(JsonCodec json) {
        this.json = json;
    }

    public ApiResponse ok(Object document) {
        return ApiResponse.of(200, ApiResponse.JSON, json.write(document));
    }

    /** 202: the work was queued. */
    public ApiResponse accepted(Object document) {
        return ApiResponse.of(202, ApiResponse.JSON, json.write(document));
    }

    /** 201 with the new resource's address in {@code Location}. */
    public ApiResponse created(String location, Object document) {
        return ApiResponse.of(201, ApiResponse.JSON, json.write(document)).withHeader("Location", location);
    }

    /** A strong entity tag holding the version, so {@code If-Match} can carry it back. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}

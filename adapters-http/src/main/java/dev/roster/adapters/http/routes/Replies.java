package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.problem.ProblemDocument;
import dev.roster.application.port.UploadLink;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

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

    /**
     * 201 for a signed upload link (imports, post checks, consent forms): the link, and {@code path}, where the uploaded
     * file is then filed, which is also the reply's {@code Location}; {@code reply} gives the document its shape.
     */
    public ApiResponse uploadLink(String uploadId, UploadLink link, String path, UploadReply reply) {
        return created(
                path, reply.of(uploadId, link.url().toString(), link.method(), link.headers(), link.expiresAt(), path));
    }

    /** The document of an upload link's reply, from its parts. */
    public interface UploadReply {
        Object of(
                String uploadId,
                String url,
                String method,
                Map<String, String> headers,
                Instant expiresAt,
                String path);
    }

    /** 202: the work was taken and goes on at {@code location}, where the caller follows it. */
    public ApiResponse accepted(String location, Object document) {
        return ApiResponse.of(202, ApiResponse.JSON, json.write(document)).withHeader("Location", location);
    }

    /** A refusal the route itself decides on, as {@code application/problem+json}. */
    public ApiResponse problem(ProblemDocument document) {
        return ApiResponse.of(document.status(), ApiResponse.PROBLEM_JSON, json.write(document));
    }

    /** A file to download, named for the browser's save dialog (RFC 6266, UTF-8 names allowed). */
    public static ApiResponse file(String contentType, String fileName, byte[] content) {
        return new ApiResponse(
                200,
                Map.of(
                        "Content-Type",
                        contentType,
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                                        .replace("+", "%20"),
                        "Cache-Control",
                        "private, no-store"),
                content);
    }

    /** A strong entity tag holding the version, so {@code If-Match} can carry it back. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The entity tag of a representation that shows, besides what its version counts, what else changes it (the
     * person's consent forms, which are filed and withdrawn without a new version): the version, then a fingerprint
     * of that state when there is any. A client revalidating a copy gets it again when consent changed, not a 304;
     * {@code If-Match} still carries the version back.
     */
    public static String etag(long version, Object alsoShown) {
        if (alsoShown == null || alsoShown instanceof java.util.Collection<?> none && none.isEmpty()) {
            return etag(version);
        }
        return "\"" + version + "-" + Integer.toUnsignedString(alsoShown.hashCode(), 36) + "\"";
    }
}

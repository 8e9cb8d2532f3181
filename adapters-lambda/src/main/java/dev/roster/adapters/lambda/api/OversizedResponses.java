package dev.roster.adapters.lambda.api;

import dev.roster.adapters.http.routes.ApiResponse;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Lambda refuses to return more than 6 MB. A larger answer (a big export, say) is put in the file store instead,
 * and the caller is sent there with {@code 303 See Other} to a signed link that expires. The object's name is the
 * server's own random one, never anything the caller sent (such as {@code X-Request-Id}): a caller who could choose it
 * could overwrite another's answer, or guess where it lies.
 */
public final class OversizedResponses {

    /** Lambda's limit for a synchronous reply, less room for the status, headers and JSON around the body. */
    public static final long DEFAULT_LIMIT_BYTES = 6L * 1024 * 1024 - 64 * 1024;

    private static final Duration LINK_LIFETIME = Duration.ofMinutes(15);

    private final FileStore files;
    private final long limitBytes;

    public OversizedResponses(FileStore files, long limitBytes) {
        this.files = files;
        this.limitBytes = limitBytes;
    }

    public OversizedResponses(FileStore files) {
        this(files, DEFAULT_LIMIT_BYTES);
    }

    /** The response itself when it fits, otherwise a redirect to where its body was stored. */
    ApiResponse fit(ApiResponse response) {
        if (GatewayResponses.payloadBytes(response) <= limitBytes) {
            return response;
        }
        String named = GatewayResponses.contentType(response);
        String contentType = named.isEmpty() ? "application/octet-stream" : named;
        FileKey key = FileKey.of("responses/" + UUID.randomUUID());
        files.put(key, contentType, new ByteArrayInputStream(response.body()), response.body().length);
        String link = files.downloadUrl(key, LINK_LIFETIME).toString();
        ApiResponse redirect = new ApiResponse(303, Map.of("Location", link, "Cache-Control", "no-store"), new byte[0]);
        String requestId = response.headers().get(HttpApi.REQUEST_ID);
        return requestId == null ? redirect : redirect.withHeader(HttpApi.REQUEST_ID, requestId);
    }
}

package dev.roster.bootstrap.local;

import dev.roster.adapters.http.routes.Access;
import dev.roster.adapters.http.routes.ApiCall;
import dev.roster.adapters.http.routes.ApiResponse;
import dev.roster.adapters.http.routes.PathTemplate;
import dev.roster.adapters.http.routes.RequestBody;
import dev.roster.adapters.http.routes.Route;
import dev.roster.application.error.ForbiddenException;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.StoredFile;
import dev.roster.bootstrap.local.FileLinks.Grant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Serves the local file store's signed links: {@code GET /files} downloads, {@code PUT /files} uploads. The signature
 * is the credential (no token), as with S3 presigned URLs; the IP allowlist still applies.
 */
public final class FileRoutes {

    /** What may be uploaded: workbooks to import, consent forms. */
    private static final List<String> UPLOAD_TYPES =
            List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf");

    private FileRoutes() {}

    /** @param maxUploadBytes the largest file an upload link takes */
    public static List<Route> of(LocalFileStore files, FileLinks links, long maxUploadBytes) {
        return List.of(
                Route.get(FileLinks.PATH, Access.OPEN, call -> download(call, files, links)),
                new Route(
                        "PUT",
                        PathTemplate.of(FileLinks.PATH),
                        Access.OPEN,
                        new RequestBody(UPLOAD_TYPES, maxUploadBytes),
                        call -> upload(call, files, links)));
    }

    private static ApiResponse download(ApiCall call, LocalFileStore files, FileLinks links) {
        FileKey key = presented(call, links, Grant::download);
        try (StoredFile file = files.open(key).orElseThrow(() -> new NotFoundException("file", key.value()))) {
            byte[] content = file.content().readAllBytes();
            return new ApiResponse(
                    200,
                    Map.of(
                            "Content-Type",
                            file.contentType(),
                            "Content-Disposition",
                            "attachment; filename*=UTF-8''"
                                    + URLEncoder.encode(key.fileName(), StandardCharsets.UTF_8)
                                            .replace("+", "%20"),
                            "Cache-Control",
                            "private, no-store"),
                    content);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static ApiResponse upload(ApiCall call, LocalFileStore files, FileLinks links) {
        String contentType = call.request().headers().first("Content-Type").orElse("");
        FileKey key = presented(call, links, file -> Grant.upload(file, contentType));
        byte[] body = call.request().body();
        files.put(key, contentType, new ByteArrayInputStream(body), body.length);
        return ApiResponse.noContent();
    }

    /** The key of a link this server signed for what the call asks, still valid; else the reason it is not. */
    private static FileKey presented(ApiCall call, FileLinks links, Function<FileKey, Grant> grant) {
        String keyText = call.request().queryParam("key").orElse("");
        String expiresText = call.request().queryParam("expires").orElse("");
        String signature = call.request().queryParam("signature").orElse("");
        FileKey key;
        long expires;
        try {
            key = FileKey.of(keyText);
            expires = Long.parseLong(expiresText);
        } catch (IllegalArgumentException malformed) {
            throw InvalidInputException.of("key", "is not a file link this server made");
        }
        switch (links.check(grant.apply(key), expires, signature)) {
            case FORGED -> throw new ForbiddenException("This file link is not valid.");
            case EXPIRED -> throw new ForbiddenException("This file link has expired; ask for a new one.");
            case VALID -> {}
        }
        return key;
    }
}

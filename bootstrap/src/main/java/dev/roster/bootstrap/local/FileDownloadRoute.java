package dev.roster.bootstrap.local;

import dev.roster.adapters.http.routes.Access;
import dev.roster.adapters.http.routes.ApiResponse;
import dev.roster.adapters.http.routes.Route;
import dev.roster.application.error.ForbiddenException;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.StoredFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the local file store's signed links. The signature is the credential (no token), as with S3 presigned
 * URLs; the IP allowlist still applies.
 */
public final class FileDownloadRoute {

    private FileDownloadRoute() {
    }

    public static Route of(LocalFileStore files, DownloadLinks links) {
        return Route.get(DownloadLinks.PATH, Access.OPEN, call -> {
            String keyText = call.request().queryParam("key").orElse("");
            String expiresText = call.request().queryParam("expires").orElse("");
            String signature = call.request().queryParam("signature").orElse("");
            FileKey key;
            long expires;
            try {
                key = FileKey.of(keyText);
                expires = Long.parseLong(expiresText);
            } catch (IllegalArgumentException malformed) {
                throw InvalidInputException.of("key", "is not a download link this server made");
            }
            switch (links.check(key, expires, signature)) {
                case FORGED -> throw new ForbiddenException("This download link is not valid.");
                case EXPIRED -> throw new ForbiddenException("This download link has expired; ask for a new one.");
                case VALID -> { }
            }
            try (StoredFile file = files.open(key).orElseThrow(() -> new NotFoundException("file", key.value()))) {
                byte[] content = file.content().readAllBytes();
                return new ApiResponse(200, Map.of("Content-Type", file.contentType(),
                        "Content-Disposition", "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(key.fileName(), StandardCharsets.UTF_8).replace("+", "%20"),
                        "Cache-Control", "private, no-store"), content);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
    }
}

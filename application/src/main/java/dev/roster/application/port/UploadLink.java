package dev.roster.application.port;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A signed link through which a client PUTs one file straight into the file store, without further credentials, until
 * it expires: how workbooks too large for a request body (Lambda takes 6 MB) reach the import.
 *
 * @param headers what the PUT must send exactly as given (at least {@code Content-Type}): they are part of the
 *                signature, and the store refuses the upload when one differs
 */
public record UploadLink(URI url, Map<String, String> headers, Instant expiresAt) {

    public UploadLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
        headers = Map.copyOf(headers);
    }

    /** Always {@code PUT}: the link is signed for that method only. */
    public String method() {
        return "PUT";
    }
}

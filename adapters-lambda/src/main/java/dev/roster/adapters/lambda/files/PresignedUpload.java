package dev.roster.adapters.lambda.files;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A signed link that lets a browser PUT one file straight into S3 without further credentials, until it expires.
 *
 * @param headers what the PUT must send exactly as given (at least {@code Content-Type}): they are part of the
 *                signature, and S3 answers 403 when one differs
 */
public record PresignedUpload(URI url, Map<String, String> headers, Instant expiresAt) {

    public PresignedUpload {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
        headers = Map.copyOf(headers);
    }

    /** Always {@code PUT}: the link is signed for that method only. */
    public String method() {
        return "PUT";
    }
}

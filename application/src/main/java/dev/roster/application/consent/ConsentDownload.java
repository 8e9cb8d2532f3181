package dev.roster.application.consent;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A short-lived signed link to a consent form's PDF, and when it stops working. */
public record ConsentDownload(URI url, Instant expiresAt) {

    public ConsentDownload {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}

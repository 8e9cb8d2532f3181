package dev.roster.application.consent;

import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A short-lived signed link to one consent form's PDF: the bytes never pass through the API. */
public final class DownloadConsentForm {

    private final ConsentLookup lookup;
    private final FileStore files;
    private final Duration validity;
    private final Clock clock;

    DownloadConsentForm(ConsentLookup lookup, FileStore files, Duration validity, Clock clock) {
        this.lookup = lookup;
        this.files = files;
        this.validity = validity;
        this.clock = clock;
    }

    /** @throws dev.roster.application.error.NotFoundException when the person or the form does not exist */
    public ConsentDownload link(String influencerId, String formId) {
        FileKey key = FileKey.of(lookup.form(influencerId, formId).documentKey());
        Instant expiresAt = clock.instant().plus(validity);
        return new ConsentDownload(files.downloadUrl(key, validity), expiresAt);
    }
}

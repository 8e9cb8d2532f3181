package dev.roster.application.consent;

import dev.roster.application.port.UploadLink;
import java.util.Objects;

/**
 * Where to send a consent form too large for a request body, and the id to file it by once it is there.
 *
 * @param uploadId what {@link ConsentCapability#fileUpload} takes after the PUT to {@code link}
 */
public record ConsentUpload(String uploadId, UploadLink link) {

    public ConsentUpload {
        Objects.requireNonNull(uploadId, "uploadId");
        Objects.requireNonNull(link, "link");
    }
}

package dev.roster.application.spreadsheet;

import dev.roster.application.port.UploadLink;
import java.util.Objects;

/**
 * Where to send a workbook too large for a request body, and the id to import it by once it is there.
 *
 * @param uploadId what {@link ImportAccounts#importUpload} takes after the PUT to {@code link}
 */
public record ImportUpload(String uploadId, UploadLink link) {

    public ImportUpload {
        Objects.requireNonNull(uploadId, "uploadId");
        Objects.requireNonNull(link, "link");
    }
}

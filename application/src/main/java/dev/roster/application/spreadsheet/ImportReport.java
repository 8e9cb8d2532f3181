package dev.roster.application.spreadsheet;

import java.net.URI;

/**
 * What an import did: of {@code total} data rows, {@code success} were saved and {@code failed} were not.
 *
 * @param errorFileUrl where the failed rows can be downloaded, with their reasons; {@code null} when none failed
 */
public record ImportReport(long total, long success, long failed, URI errorFileUrl) {

    public ImportReport {
        if (total < 0 || success < 0 || failed < 0 || success + failed != total) {
            throw new IllegalArgumentException("rows must add up: " + success + " + " + failed + " != " + total);
        }
        if ((failed == 0) != (errorFileUrl == null)) {
            throw new IllegalArgumentException("there is an error file exactly when rows failed");
        }
    }
}

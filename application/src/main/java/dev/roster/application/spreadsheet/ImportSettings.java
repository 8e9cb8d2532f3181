package dev.roster.application.spreadsheet;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of Excel imports.
 *
 * @param syncRows          files of at most this many data rows are imported while the caller waits; larger ones
 *                          go through the job queue
 * @param maxRows           files of more data rows are refused before they are read to the end
 * @param maxUploadBytes    the largest upload taken at all
 * @param errorFileValidity how long a link to an error file works
 */
public record ImportSettings(int syncRows, int maxRows, long maxUploadBytes, Duration errorFileValidity) {

    public static final int DEFAULT_SYNC_ROWS = 1_000;
    public static final int DEFAULT_MAX_ROWS = 100_000;
    /** 100,000 rows of six columns make about 5 MB; twice that and more leaves room for wide sheets. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    public ImportSettings {
        Objects.requireNonNull(errorFileValidity, "errorFileValidity");
        if (syncRows < 0 || maxRows < 1 || maxUploadBytes < 1) {
            throw new IllegalArgumentException("import bounds must be positive (sync rows may be 0)");
        }
        if (errorFileValidity.isNegative() || errorFileValidity.isZero()) {
            throw new IllegalArgumentException("error file links must stay valid for some time");
        }
    }

    public static ImportSettings defaults() {
        return new ImportSettings(DEFAULT_SYNC_ROWS, DEFAULT_MAX_ROWS, DEFAULT_MAX_UPLOAD_BYTES, Duration.ofDays(1));
    }
}

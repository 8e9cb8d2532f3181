package dev.roster.bootstrap.config;

import dev.roster.application.spreadsheet.ImportSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The bounds of Excel imports: what is imported at once, what goes through the job queue, what is refused. */
public final class ImportOptions {

    @Option(
            names = "--import-sync-rows",
            defaultValue = "${env:ROSTER_IMPORT_SYNC_ROWS:-1000}",
            description = "Files of at most this many data rows are imported while the caller waits; larger ones by a "
                    + "job (ROSTER_IMPORT_SYNC_ROWS). Default: ${DEFAULT-VALUE}.")
    public int syncRows;

    @Option(
            names = "--import-max-rows",
            defaultValue = "${env:ROSTER_IMPORT_MAX_ROWS:-100000}",
            description = "Files of more data rows are refused (ROSTER_IMPORT_MAX_ROWS). Default: ${DEFAULT-VALUE}.")
    public int maxRows;

    @Option(
            names = "--upload-max-bytes",
            defaultValue = "${env:ROSTER_UPLOAD_MAX_BYTES:-20971520}",
            description = "Larger uploads are refused with 413 (ROSTER_UPLOAD_MAX_BYTES). Default: ${DEFAULT-VALUE} "
                    + "(20 MiB).")
    public long uploadMaxBytes;

    /** @throws ConfigurationException naming the bad setting */
    public ImportSettings settings() {
        if (syncRows < 0) {
            throw new ConfigurationException("--import-sync-rows", "must be 0 or more, not " + syncRows);
        }
        if (maxRows < 1) {
            throw new ConfigurationException("--import-max-rows", "must be 1 or more, not " + maxRows);
        }
        if (uploadMaxBytes < 1 || uploadMaxBytes > Integer.MAX_VALUE - 8) {
            throw new ConfigurationException("--upload-max-bytes", "must be 1 to 2147483639, not " + uploadMaxBytes);
        }
        return new ImportSettings(syncRows, maxRows, uploadMaxBytes, Duration.ofDays(1));
    }
}

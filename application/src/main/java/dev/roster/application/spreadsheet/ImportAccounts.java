package dev.roster.application.spreadsheet;

import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.Jobs;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Imports an uploaded workbook of accounts into one platform, with partial success: valid rows are saved, the others
 * come back in an error file. The whole file is checked first (readable, safe, its header, its size), so a bad file
 * is refused with nothing saved; small files are then imported at once, large ones by a job.
 */
public final class ImportAccounts {

    private final PlatformCatalog platforms;
    private final Importer importer;
    private final FileStore files;
    private final Jobs jobs;
    private final JobQueue queue;
    private final Clock clock;

    ImportAccounts(PlatformCatalog platforms, Importer importer, FileStore files, Jobs jobs, JobQueue queue,
            Clock clock) {
        this.platforms = platforms;
        this.importer = importer;
        this.files = files;
        this.jobs = jobs;
        this.queue = queue;
        this.clock = clock;
    }

    public ImportSettings settings() {
        return importer.settings();
    }

    /**
     * @throws dev.roster.application.error.NotFoundException when the platform is unknown
     * @throws dev.roster.application.error.InvalidInputException when the file as a whole cannot be imported: not a
     *         readable or safe .xlsx, no header row, a required column missing, too many rows, too many bytes
     */
    public ImportOutcome importFile(ImportAccountsCommand command) {
        Platform platform = Platforms.find(platforms, command.platform());
        long rows = importer.survey(command.workbook());
        if (rows > importer.settings().syncRows()) {
            return new ImportOutcome.Queued(queue(platform, command, rows), rows);
        }
        Importer.Result result = importer.run(platform, command.workbook(), command.upsert(), rows,
                ImportRun.Progress.NONE);
        URI errorFileUrl = result.errorFile() == null ? null
                : files.downloadUrl(result.errorFile(), importer.settings().errorFileValidity());
        return new ImportOutcome.Imported(new ImportReport(result.total(), result.success(), result.failed(),
                errorFileUrl));
    }

    /** Keeps the upload where any worker can read it, then records and queues the job, in that order. */
    private JobId queue(Platform platform, ImportAccountsCommand command, long rows) {
        Instant now = clock.instant();
        JobId id = JobId.next(now);
        FileKey upload = FileKey.of("imports/uploads/" + id + ".xlsx");
        files.put(upload, ErrorReport.XLSX, new ByteArrayInputStream(command.workbook()), command.workbook().length);
        jobs.create(Job.queue(id, ImportJob.TYPE, Map.of(ImportJob.PLATFORM, platform.code().value(),
                ImportJob.FILE, upload.value(), ImportJob.UPSERT, Boolean.toString(command.upsert()),
                ImportJob.ROWS, Long.toString(rows)), now));
        queue.enqueue(id);
        return id;
    }
}

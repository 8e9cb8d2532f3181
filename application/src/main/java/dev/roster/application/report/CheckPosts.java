package dev.roster.application.report;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.Jobs;
import dev.roster.application.port.SpreadsheetReader;
import dev.roster.application.spreadsheet.ImportUpload;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Starts a post verification: checks the uploaded workbook as a whole (readable, safe, a "Post URL" column, not too
 * many rows), keeps it where any worker reads it, and queues the job that checks each post ({@link PostCheckJob}).
 */
public final class CheckPosts {

    private final PlatformCatalog platforms;
    private final SpreadsheetReader reader;
    private final ReportFiles files;
    private final Jobs jobs;
    private final JobQueue queue;
    private final int maxRows;
    private final Clock clock;

    CheckPosts(
            PlatformCatalog platforms,
            SpreadsheetReader reader,
            ReportFiles files,
            Jobs jobs,
            JobQueue queue,
            int maxRows,
            Clock clock) {
        this.platforms = platforms;
        this.reader = reader;
        this.files = files;
        this.jobs = jobs;
        this.queue = queue;
        this.maxRows = maxRows;
        this.clock = clock;
    }

    /**
     * @throws dev.roster.application.error.NotFoundException     when the platform is unknown
     * @throws dev.roster.application.error.InvalidInputException when the workbook cannot be checked as a whole
     */
    public JobId checkFile(String platform, byte[] workbook) {
        Platform known = AccountLookup.platform(platforms, platform);
        PostSheet sheet = PostSheet.read(reader, workbook, maxRows);
        Instant now = clock.instant();
        JobId id = JobId.next(now);
        var input = files.keepInput(id.value(), workbook);
        jobs.create(Job.queue(
                id,
                PostCheckJob.TYPE,
                Map.of(
                        PostCheckJob.PLATFORM,
                        known.code().value(),
                        PostCheckJob.FILE,
                        input.value(),
                        PostCheckJob.ROWS,
                        Integer.toString(sheet.rows().size())),
                now));
        queue.enqueue(id);
        return id;
    }

    /** A link to send a workbook too large for a request body to; {@link #checkUpload} then starts the check. */
    public ImportUpload prepareUpload(String platform) {
        AccountLookup.platform(platforms, platform);
        return files.prepareUpload();
    }

    /** Starts a check of a workbook sent to a link of {@link #prepareUpload}, as {@link #checkFile} does. */
    public JobId checkUpload(String platform, String uploadId) {
        AccountLookup.platform(platforms, platform);
        return checkFile(platform, files.uploaded(uploadId));
    }
}

package dev.roster.application.spreadsheet;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.Jobs;
import dev.roster.application.port.StoredFile;
import dev.roster.domain.identity.TimeOrderedUuid;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Imports an uploaded workbook of accounts into one platform, with partial success: valid rows are saved, the others
 * come back in an error file. The whole file is checked first (readable, safe, its header, its size), so a bad file
 * is refused with nothing saved; small files are then imported at once, large ones by a job.
 */
public final class ImportAccounts {

    /** How long an upload link works: long enough to send 20 MB over a slow office line, not long enough to linger. */
    static final Duration UPLOAD_LINK_VALIDITY = Duration.ofMinutes(15);

    private final PlatformCatalog platforms;
    private final Importer importer;
    private final FileStore files;
    private final Jobs jobs;
    private final JobQueue queue;
    private final Clock clock;

    ImportAccounts(
            PlatformCatalog platforms, Importer importer, FileStore files, Jobs jobs, JobQueue queue, Clock clock) {
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
        Platform platform = AccountLookup.platform(platforms, command.platform());
        return importWorkbook(platform, command.workbook(), command.upsert(), null);
    }

    /**
     * Where a workbook too large for a request body is sent first: a link the caller PUTs the file to, straight into
     * the file store, and the id to import it by with {@link #importUpload}.
     *
     * @throws dev.roster.application.error.NotFoundException when the platform is unknown
     */
    public ImportUpload prepareUpload(String platform) {
        AccountLookup.platform(platforms, platform);
        String id = TimeOrderedUuid.next(clock.instant());
        return new ImportUpload(id, files.uploadLink(uploadKey(id), ErrorReport.XLSX, UPLOAD_LINK_VALIDITY));
    }

    /**
     * Imports a workbook sent to a link of {@link #prepareUpload}, as {@link #importFile} imports one sent in the
     * request; a large one is run by a job straight from where it was uploaded.
     *
     * @throws dev.roster.application.error.NotFoundException when the platform is unknown, or nothing was uploaded
     *         under that id (never, or so long ago that the store let it expire)
     * @throws dev.roster.application.error.InvalidInputException as {@link #importFile}, and for an id this server
     *         never hands out
     */
    public ImportOutcome importUpload(ImportUploadCommand command) {
        Platform platform = AccountLookup.platform(platforms, command.platform());
        if (!TimeOrderedUuid.isCanonical(command.uploadId())) {
            throw InvalidInputException.of("uploadId", "is not an upload id this server handed out");
        }
        FileKey key = uploadKey(command.uploadId());
        byte[] workbook;
        try (StoredFile upload =
                files.open(key).orElseThrow(() -> new NotFoundException("upload", command.uploadId()))) {
            long limit = importer.settings().maxUploadBytes();
            if (upload.length() > limit) {
                throw InvalidInputException.of("file", "is larger than " + limit + " bytes");
            }
            workbook = upload.content().readNBytes((int) upload.length());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return importWorkbook(platform, workbook, command.upsert(), key);
    }

    /** @param stored where the workbook already is in the file store, or null when it came in the request */
    private ImportOutcome importWorkbook(Platform platform, byte[] workbook, boolean upsert, FileKey stored) {
        long rows = importer.survey(workbook);
        if (rows > importer.settings().syncRows()) {
            return new ImportOutcome.Queued(queue(platform, workbook, upsert, rows, stored), rows);
        }
        Importer.Result result = importer.run(platform, workbook, upsert, rows, null, ImportRun.Progress.NONE);
        URI errorFileUrl = result.errorFile() == null
                ? null
                : files.downloadUrl(result.errorFile(), importer.settings().errorFileValidity());
        return new ImportOutcome.Imported(
                new ImportReport(result.total(), result.success(), result.failed(), errorFileUrl));
    }

    /** Keeps the upload where any worker can read it (unless it is there already), then records and queues the job. */
    private JobId queue(Platform platform, byte[] workbook, boolean upsert, long rows, FileKey stored) {
        Instant now = clock.instant();
        JobId id = JobId.next(now);
        FileKey upload = stored;
        if (upload == null) {
            upload = uploadKey(id.value());
            files.put(upload, ErrorReport.XLSX, new ByteArrayInputStream(workbook), workbook.length);
        }
        jobs.create(Job.queue(
                id,
                ImportJob.TYPE,
                Map.of(
                        ImportJob.PLATFORM,
                        platform.code().value(),
                        ImportJob.FILE,
                        upload.value(),
                        ImportJob.UPSERT,
                        Boolean.toString(upsert),
                        ImportJob.ROWS,
                        Long.toString(rows)),
                now));
        queue.enqueue(id);
        return id;
    }

    /** Uploads and queued imports share a prefix, which the file store expires after days (S3 lifecycle rules). */
    private static FileKey uploadKey(String id) {
        return FileKey.of("imports/uploads/" + id + ".xlsx");
    }
}

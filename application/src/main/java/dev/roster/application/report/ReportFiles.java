package dev.roster.application.report;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.StoredFile;
import dev.roster.application.spreadsheet.ImportUpload;
import dev.roster.domain.identity.TimeOrderedUuid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Where reports keep what they were sent and what they produce, in the file store. */
final class ReportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Long enough to send 20 MB over a slow office line, not long enough to linger. */
    private static final Duration UPLOAD_LINK_VALIDITY = Duration.ofMinutes(15);

    private final FileStore files;
    private final long maxBytes;
    private final Clock clock;

    ReportFiles(FileStore files, long maxBytes, Clock clock) {
        this.files = files;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** A link to send a workbook too large for a request body to, and the id to start the report by. */
    ImportUpload prepareUpload() {
        String id = TimeOrderedUuid.next(clock.instant());
        return new ImportUpload(id, files.uploadLink(upload(id), XLSX, UPLOAD_LINK_VALIDITY));
    }

    /**
     * @throws InvalidInputException for an id this server never hands out, or a file too large
     * @throws NotFoundException     when nothing was uploaded under the id
     */
    byte[] uploaded(String uploadId) {
        if (uploadId == null || !TimeOrderedUuid.isCanonical(uploadId)) {
            throw InvalidInputException.of("uploadId", "is not an upload id this server handed out");
        }
        FileKey key = upload(uploadId);
        try (StoredFile upload = files.open(key).orElseThrow(() -> new NotFoundException("upload", uploadId))) {
            if (upload.length() > maxBytes) {
                throw InvalidInputException.of("file", "is larger than " + maxBytes + " bytes");
            }
            return upload.content().readNBytes((int) upload.length());
        } catch (IOException unreadable) {
            throw new UnavailableException("cannot read the uploaded workbook", unreadable);
        }
    }

    /** Keeps a report's input where any worker reads it; answers its key. */
    FileKey keepInput(String jobId, byte[] workbook) {
        FileKey key = upload(jobId);
        files.put(key, XLSX, new ByteArrayInputStream(workbook), workbook.length);
        return key;
    }

    /** Keeps a list of post URLs for a report's job, one a line; answers its key. */
    FileKey keepPosts(String jobId, List<String> posts) {
        byte[] lines = String.join("\n", posts).getBytes(StandardCharsets.UTF_8);
        FileKey key = FileKey.of("imports/uploads/report-" + jobId + ".txt");
        files.put(key, "text/plain; charset=utf-8", new ByteArrayInputStream(lines), lines.length);
        return key;
    }

    byte[] read(FileKey key) {
        try (StoredFile file = files.open(key)
                .orElseThrow(() ->
                        InvalidInputException.of("file", "the uploaded workbook is no longer kept; upload it again"))) {
            return file.content().readAllBytes();
        } catch (IOException unreadable) {
            throw new UnavailableException("cannot read the uploaded workbook " + key, unreadable);
        }
    }

    /** Keeps a report's result workbook; answers its key. */
    FileKey keepResult(String name, byte[] workbook) {
        FileKey key = FileKey.of("reports/results/" + name + ".xlsx");
        files.put(key, XLSX, new ByteArrayInputStream(workbook), workbook.length);
        return key;
    }

    void delete(FileKey key) {
        files.delete(key);
    }

    /** Uploads share the imports' prefix, which the file store expires after days (S3 lifecycle rules). */
    private static FileKey upload(String id) {
        return FileKey.of("imports/uploads/report-" + id + ".xlsx");
    }
}

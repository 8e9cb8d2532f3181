package dev.roster.application.spreadsheet;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.job.JobRunner;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.StoredFile;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs a queued import: the same import as at once, on the upload kept in the file store, reporting progress. */
public final class ImportJob implements JobRunner {

    public static final JobType TYPE = JobType.of("import");
    static final String PLATFORM = "platform";
    static final String FILE = "file";
    static final String UPSERT = "upsert";
    /** The data rows the survey counted at upload: the total progress is reported against. */
    static final String ROWS = "rows";

    private final PlatformCatalog platforms;
    private final Importer importer;
    private final FileStore files;

    ImportJob(PlatformCatalog platforms, Importer importer, FileStore files) {
        this.platforms = platforms;
        this.importer = importer;
        this.files = files;
    }

    @Override
    public JobType type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> run(Job job, Progress progress) {
        Platform platform = AccountLookup.platform(platforms, job.parameters().get(PLATFORM));
        FileKey upload = FileKey.of(job.parameters().get(FILE));
        byte[] workbook = read(upload);
        long rows = Long.parseLong(job.parameters().getOrDefault(ROWS, "0"));
        Importer.Result result = importer.run(
                platform,
                workbook,
                Boolean.parseBoolean(job.parameters().get(UPSERT)),
                rows,
                new ImportRun.AsJob(job.id(), job.createdAt()),
                progress::report);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("total", result.total());
        report.put("success", result.success());
        report.put("failed", result.failed());
        report.put(
                "errorFileKey",
                result.errorFile() == null ? null : result.errorFile().value());
        return report;
    }

    /** The upload is let go of only once the result is recorded: a run again after a crash still needs it. */
    @Override
    public void succeeded(Job job) {
        files.delete(FileKey.of(job.parameters().get(FILE)));
    }

    private byte[] read(FileKey upload) {
        try (StoredFile file = files.open(upload)
                .orElseThrow(() ->
                        InvalidInputException.of("file", "the uploaded workbook is no longer kept; upload it again"))) {
            return file.content().readAllBytes();
        } catch (IOException unreadable) {
            throw new UnavailableException("cannot read the uploaded workbook " + upload, unreadable);
        }
    }
}

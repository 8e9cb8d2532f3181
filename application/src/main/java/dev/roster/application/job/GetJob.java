package dev.roster.application.job;

import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.Jobs;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shows a job to the caller who follows it: status, progress, and the result once it succeeded. */
public final class GetJob {

    /** A result entry named {@code somethingFileKey} holds a stored file, shown as {@code somethingFileUrl}. */
    static final String FILE_KEY = "FileKey";

    private final Jobs jobs;
    private final FileStore files;
    private final Duration linkValidity;

    public GetJob(Jobs jobs, FileStore files, Duration linkValidity) {
        this.jobs = jobs;
        this.files = files;
        this.linkValidity = linkValidity;
    }

    /** @throws NotFoundException when there is no job with this id (or the text cannot be one) */
    public JobView get(String id) {
        Job job = JobId.parse(id).flatMap(jobs::find).orElseThrow(() -> new NotFoundException("job", id));
        Map<String, Object> result = new LinkedHashMap<>();
        job.result().forEach((name, value) -> {
            if (name.endsWith(FILE_KEY)) {
                String shown = name.substring(0, name.length() - FILE_KEY.length()) + "FileUrl";
                result.put(
                        shown,
                        value == null
                                ? null
                                : files.downloadUrl(FileKey.of((String) value), linkValidity)
                                        .toString());
            } else {
                result.put(name, value);
            }
        });
        return new JobView(job, result);
    }
}

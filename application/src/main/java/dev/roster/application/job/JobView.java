package dev.roster.application.job;

import dev.roster.domain.job.Job;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A job as its caller follows it: the job, and its result with every stored file turned into a fresh download link
 * (a result's {@code errorFileKey} is shown as {@code errorFileUrl}).
 */
public record JobView(Job job, Map<String, Object> result) {

    public JobView {
        Objects.requireNonNull(job, "job");
        result = Collections.unmodifiableMap(new LinkedHashMap<>(result));
    }
}

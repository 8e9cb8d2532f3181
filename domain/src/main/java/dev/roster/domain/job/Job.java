package dev.roster.domain.job;

import dev.roster.domain.influencer.Text;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Long work done in the background (an import, a metric collection, an analysis), as its caller follows it.
 *
 * @param parameters    what the runner needs to do the work, as text; at most {@value #MAX_ENTRIES} entries
 * @param result        what the work produced, once it succeeded: text, whole numbers, booleans or null values; at
 *                      most {@value #MAX_ENTRIES} entries
 * @param failureReason why it failed, once it failed; {@code null} otherwise
 * @param version       the version this copy was read at; a store accepts a change only against the current one
 */
public record Job(
        JobId id,
        JobType type,
        JobStatus status,
        Map<String, String> parameters,
        JobProgress progress,
        Map<String, Object> result,
        String failureReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_REASON_LENGTH = 1000;
    /**
     * Bounds on parameters and result, so a stored job stays small in any store (a DynamoDB item holds at most 400 KB:
     * both maps at their bounds, in 3-byte characters, take about 210 KB).
     */
    public static final int MAX_ENTRIES = 32;

    public static final int MAX_KEY_LENGTH = 100;
    public static final int MAX_TEXT_LENGTH = 1000;

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        parameters = Map.copyOf(parameters);
        result = copyOfResult(result);
        requireBounded("parameters", parameters);
        requireBounded("result", result);
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a job cannot be updated before it was created");
        }
        if ((status == JobStatus.FAILED) != (failureReason != null)) {
            throw new IllegalArgumentException("a job has a failure reason exactly when it failed");
        }
        if (failureReason != null && (failureReason.isBlank() || failureReason.length() > MAX_REASON_LENGTH)) {
            throw new IllegalArgumentException("failure reason must be 1-" + MAX_REASON_LENGTH + " characters");
        }
        if (status != JobStatus.SUCCEEDED && !result.isEmpty()) {
            throw new IllegalArgumentException("only a job that succeeded has a result");
        }
    }

    /** New work, waiting to be picked up. */
    public static Job queue(JobId id, JobType type, Map<String, String> parameters, Instant now) {
        return new Job(id, type, JobStatus.QUEUED, parameters, JobProgress.NONE, Map.of(), null, 1, now, now);
    }

    /** This job picked up by a runner; a retried job may start again after a crash while running. */
    public Job start(Instant now) {
        requireUnfinished("start");
        return with(JobStatus.RUNNING, progress, Map.of(), null, now);
    }

    public Job report(JobProgress newProgress, Instant now) {
        if (status != JobStatus.RUNNING) {
            throw new IllegalStateException("job " + id + " is " + status + ": only a running job reports progress");
        }
        return with(status, newProgress, Map.of(), null, now);
    }

    public Job succeed(Map<String, Object> jobResult, Instant now) {
        requireUnfinished("succeed");
        JobProgress finalProgress =
                progress.total() == 0 ? progress : new JobProgress(progress.total(), progress.total());
        return with(JobStatus.SUCCEEDED, finalProgress, jobResult, null, now);
    }

    public Job fail(String reason, Instant now) {
        requireUnfinished("fail");
        return with(JobStatus.FAILED, progress, Map.of(), bounded(reason), now);
    }

    /** The reason cut to the maximum length, never through the middle of a character. */
    private static String bounded(String reason) {
        return Text.cut(reason, MAX_REASON_LENGTH);
    }

    /** This job as a store keeps it after accepting a change: one version on. */
    public Job nextVersion() {
        return new Job(
                id, type, status, parameters, progress, result, failureReason, version + 1, createdAt, updatedAt);
    }

    private Job with(
            JobStatus newStatus, JobProgress newProgress, Map<String, Object> newResult, String reason, Instant now) {
        Instant updated = now.isBefore(createdAt) ? createdAt : now;
        return new Job(id, type, newStatus, parameters, newProgress, newResult, reason, version, createdAt, updated);
    }

    private void requireUnfinished(String action) {
        if (status.isFinished()) {
            throw new IllegalStateException("job " + id + " already " + status + ": cannot " + action);
        }
    }

    private static void requireBounded(String what, Map<String, ?> entries) {
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException(what + " hold at most " + MAX_ENTRIES + " entries: " + entries.size());
        }
        entries.forEach((key, value) -> {
            if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
                throw new IllegalArgumentException(what + " keys must be 1-" + MAX_KEY_LENGTH + " characters: " + key);
            }
            if (value instanceof String text && text.length() > MAX_TEXT_LENGTH) {
                throw new IllegalArgumentException(
                        what + " " + key + " must be at most " + MAX_TEXT_LENGTH + " characters");
            }
        });
    }

    private static Map<String, Object> copyOfResult(Map<String, Object> result) {
        Map<String, Object> copy = new LinkedHashMap<>();
        result.forEach((key, value) -> {
            Objects.requireNonNull(key, "result key");
            if (value != null && !(value instanceof String || value instanceof Long || value instanceof Boolean)) {
                throw new IllegalArgumentException(
                        "result " + key + " must be text, a whole number (long) or a boolean");
            }
            copy.put(key, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}

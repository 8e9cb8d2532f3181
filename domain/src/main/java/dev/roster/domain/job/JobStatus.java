package dev.roster.domain.job;

/** Where a job is in its life: queued, then running, then succeeded or failed for good. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}

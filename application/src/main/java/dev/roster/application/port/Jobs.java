package dev.roster.application.port;

import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import java.util.Optional;

/** The record of background jobs, which callers follow by id. */
public interface Jobs {

    /** @throws dev.roster.application.error.ConflictException {@code DUPLICATE_ID} when the id is taken */
    void create(Job job);

    Optional<Job> find(JobId id);

    /**
     * Stores the job's new state if the stored version is still {@code changed.version()}.
     *
     * @return the job as now stored, one version on
     * @throws dev.roster.application.error.ConflictException {@code STALE_VERSION}
     * @throws dev.roster.application.error.NotFoundException when the job is gone
     */
    Job update(Job changed);
}

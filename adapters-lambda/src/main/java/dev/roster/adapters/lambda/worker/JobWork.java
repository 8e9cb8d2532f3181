package dev.roster.adapters.lambda.worker;

import dev.roster.domain.job.JobId;

/** What the queue worker does with a delivered job: the application's job runner, as the worker sees it. */
public interface JobWork {

    /**
     * Runs the job, unless it already finished (a redelivered message must not run it twice).
     *
     * @throws RuntimeException to have the job delivered again later
     */
    void run(JobId job);

    /** The job will not be delivered again: record it as failed, with the reason, so nobody waits for it. */
    void abandon(JobId job, String reason);
}

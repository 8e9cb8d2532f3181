package dev.roster.application.job;

import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobType;
import java.util.Map;

/**
 * Does the work of one type of job when a worker receives it, whichever worker that is (the local server's thread,
 * a Lambda function fed by SQS). Throwing {@link dev.roster.application.error.UnavailableException} asks for another
 * try later; any other refusal fails the job for good with its message. Jobs are delivered at least once, so a runner
 * may be run again on a job an earlier run left at any point, or while another run of it is still going: it must end
 * with what one uninterrupted run would have.
 */
public interface JobRunner {

    JobType type();

    /**
     * @param progress where to report how far the work is
     * @return the job's result: text, whole numbers (long), booleans or nulls
     */
    Map<String, Object> run(Job job, Progress progress);

    /**
     * Called once the job's success is recorded, to let go of what the work needed and a run again would need too (an
     * import's upload). A crash before it leaves that behind, never a job that cannot be run again.
     */
    default void succeeded(Job job) {}

    /** Where a runner reports how far it is. */
    @FunctionalInterface
    interface Progress {

        void report(long done, long total);
    }
}

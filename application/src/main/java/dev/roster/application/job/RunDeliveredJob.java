package dev.roster.application.job;

import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import java.time.Duration;

/**
 * Runs a job received from a {@link JobQueue} and settles the delivery: acknowledged once the job is done with, put
 * back for a later try while a dependency is down, abandoned (failed) after {@value #ATTEMPTS} tries. What a worker
 * polling the queue calls; an SQS-fed Lambda, whose deliveries SQS settles, calls {@link RunJob} directly.
 */
public final class RunDeliveredJob {

    public static final int ATTEMPTS = 3;
    static final Duration RETRY_DELAY = Duration.ofSeconds(30);

    /** How a delivery ended, for the worker's log. */
    public enum Outcome { SUCCEEDED, FAILED, RETRYING, SKIPPED }

    private final RunJob runJob;
    private final JobQueue queue;

    public RunDeliveredJob(RunJob runJob, JobQueue queue) {
        this.runJob = runJob;
        this.queue = queue;
    }

    /**
     * @throws RuntimeException a bug, after the job was recorded as failed and the delivery settled
     * @throws Error            out of memory (or the like), likewise
     */
    public Outcome run(JobDelivery delivery) {
        try {
            Outcome outcome = Outcome.valueOf(runJob.run(delivery.jobId()).name());
            queue.acknowledge(delivery);
            return outcome;
        } catch (UnavailableException down) {
            if (delivery.receiveCount() < ATTEMPTS) {
                queue.release(delivery, RETRY_DELAY);
                return Outcome.RETRYING;
            }
            runJob.abandon(delivery.jobId(), "gave up after " + ATTEMPTS + " tries: " + down.getMessage());
            queue.acknowledge(delivery);
            return Outcome.FAILED;
        } catch (RuntimeException | Error bug) {
            queue.acknowledge(delivery);
            throw bug;
        }
    }
}

package dev.roster.application.job;

import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import java.time.Duration;

/**
 * Runs a job received from a {@link JobQueue} and settles the delivery by {@link RetryOrGiveUp}: acknowledged once the
 * job is done with, put back for {@link #RETRY_DELAY} while a dependency is down, failed and acknowledged on the last
 * allowed try. What a worker polling the queue calls; an SQS-fed Lambda, whose deliveries SQS settles, follows the
 * same policy around {@link RunJob}.
 */
public final class RunDeliveredJob {

    /** How long a job whose dependency was down waits before its next try. */
    static final Duration RETRY_DELAY = Duration.ofSeconds(30);

    /** How a delivery ended, for the worker's log. */
    public enum Outcome { SUCCEEDED, FAILED, RETRYING, SKIPPED }

    private final RunJob runJob;
    private final JobQueue queue;
    private final RetryOrGiveUp policy;

    public RunDeliveredJob(RunJob runJob, JobQueue queue, RetryOrGiveUp policy) {
        this.runJob = runJob;
        this.queue = queue;
        this.policy = policy;
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
            if (policy.after(down, delivery.receiveCount()) == RetryOrGiveUp.Decision.TRY_AGAIN) {
                queue.release(delivery, RETRY_DELAY);
                return Outcome.RETRYING;
            }
            runJob.abandon(delivery.jobId(), policy.reason(down, delivery.receiveCount()));
            queue.acknowledge(delivery);
            return Outcome.FAILED;
        } catch (RuntimeException | Error bug) {
            queue.acknowledge(delivery);
            throw bug;
        }
    }
}

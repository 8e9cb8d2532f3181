package dev.roster.application.job;

import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

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
    public enum Outcome {
        SUCCEEDED,
        FAILED,
        RETRYING,
        SKIPPED,
        STOPPED
    }

    private final RunJob runJob;
    private final JobQueue queue;
    private final RetryOrGiveUp policy;
    private final JobLease lease;
    private final Clock clock;

    /** With the default lease, by the system clock. */
    public RunDeliveredJob(RunJob runJob, JobQueue queue, RetryOrGiveUp policy) {
        this(runJob, queue, policy, JobLease.DEFAULT, Clock.systemUTC());
    }

    /** @param lease how long a delivery is held between renewals: receive with {@link JobLease#length()} */
    public RunDeliveredJob(RunJob runJob, JobQueue queue, RetryOrGiveUp policy, JobLease lease, Clock clock) {
        this.runJob = runJob;
        this.queue = queue;
        this.policy = policy;
        this.lease = lease;
        this.clock = clock;
    }

    /** The lease the deliveries this runs are held by: receive them for its length. */
    public JobLease lease() {
        return lease;
    }

    /**
     * @throws RuntimeException a bug, after the job was recorded as failed and the delivery settled
     * @throws Error            out of memory (or the like), likewise
     */
    public Outcome run(JobDelivery delivery) {
        return run(delivery, () -> false);
    }

    /**
     * As {@link #run(JobDelivery)}, renewing the delivery's lease as the job goes; once {@code stopping} says so the
     * job stops at its next progress report and its delivery is put back at once, for the next worker (or the next
     * start of this one) to resume.
     */
    public Outcome run(JobDelivery delivery, BooleanSupplier stopping) {
        try {
            Outcome outcome = Outcome.valueOf(
                    runJob.run(delivery.jobId(), new DeliveryLease(queue, delivery, lease, clock, stopping))
                            .name());
            if (outcome == Outcome.STOPPED) {
                queue.release(delivery, Duration.ZERO);
            } else {
                queue.acknowledge(delivery);
            }
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

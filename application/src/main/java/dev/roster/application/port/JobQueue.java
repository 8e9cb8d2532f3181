package dev.roster.application.port;

import dev.roster.domain.job.JobId;
import java.time.Duration;
import java.util.List;

/**
 * Hands queued jobs to workers at least once. A job not acknowledged within its visibility timeout is handed out
 * again; one handed out more than the queue's configured number of times goes to its dead letters instead.
 */
public interface JobQueue {

    void enqueue(JobId job);

    /** Up to {@code max} jobs, each hidden from other receivers for {@code visibility}; empty when none is ready. */
    List<JobDelivery> receive(int max, Duration visibility);

    /**
     * The worker is still at the job: it stays hidden for {@code visibility} from now (a lease the worker renews while
     * it works, as SQS's visibility is extended). A delivery no longer current (its timeout passed and it was handed
     * out again, or it was settled) is left alone. Every queue of Roster's extends; a stand-in that keeps no time (a
     * test's) may leave it, its jobs never coming back on their own.
     */
    default void extend(JobDelivery delivery, Duration visibility) {}

    /** The job is done with: it is never handed out again. */
    void acknowledge(JobDelivery delivery);

    /** The job should be tried again, no sooner than {@code delay} from now. */
    void release(JobDelivery delivery, Duration delay);
}

package dev.roster.application.job;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Renews a running job's lease on a timer, whether or not the job reports progress: a comment analysis reading a slow,
 * rate-limited post can go longer than a lease between two reports, and must not be handed to a second worker
 * meanwhile. Ticks twice per {@link RunJob.Lease#renewEvery()}, the lease itself deciding when a renewal is due, and
 * stops when the job ends, waiting for a renewal in flight so that none follows the delivery's settling.
 *
 * <p>It waits in real time: the lease it keeps runs out in the queue's real time (SQS's, PostgreSQL's).
 */
final class LeaseTimer implements AutoCloseable {

    private final RunJob.Lease lease;
    private final long tickMillis;
    private boolean stopped;
    private boolean renewing;

    private LeaseTimer(RunJob.Lease lease, long tickMillis) {
        this.lease = lease;
        this.tickMillis = tickMillis;
    }

    /** Starts renewing {@code lease} on one of {@code executor}'s threads; nothing to do for a lease without a pace. */
    static LeaseTimer start(RunJob.Lease lease, Executor executor) {
        Duration every = lease.renewEvery();
        LeaseTimer timer = new LeaseTimer(lease, Math.max(1, every.dividedBy(2).toMillis()));
        if (every.isZero() || every.isNegative()) {
            return timer;
        }
        try {
            executor.execute(timer::tick);
        } catch (RejectedExecutionException full) {
            // A full executor: the job still renews its lease at each progress report, as before there was a timer.
        }
        return timer;
    }

    private void tick() {
        while (awaitTurn()) {
            try {
                lease.renew();
            } catch (RuntimeException failed) {
                // The queue refused in a way the lease does not expect; the job's own reports meet it too. Keep on.
            } finally {
                synchronized (this) {
                    renewing = false;
                    notifyAll();
                }
            }
        }
    }

    /** Waits one tick; true (and marked renewing) when it is time to renew, false once the job has ended. */
    private synchronized boolean awaitTurn() {
        long deadline = System.nanoTime() + tickMillis * 1_000_000L;
        try {
            for (long left = tickMillis; !stopped && left > 0; left = (deadline - System.nanoTime()) / 1_000_000L) {
                wait(left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
        renewing = !stopped;
        return renewing;
    }

    /** Stops the timer once any renewal in flight is done. */
    @Override
    public synchronized void close() {
        stopped = true;
        notifyAll();
        try {
            while (renewing) {
                wait();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

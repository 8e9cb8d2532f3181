package dev.roster.application.job;

import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * A worker's hold on the delivery of the job it runs: renewed on the queue ({@link JobQueue#extend}) on a timer while
 * the job runs and as it reports progress, at most once per {@link JobLease#renewEvery()}, and asked at each report
 * whether the worker is stopping. The same for the local worker and the SQS-fed Lambda.
 */
public final class DeliveryLease implements RunJob.Lease {

    private final JobQueue queue;
    private final JobDelivery delivery;
    private final JobLease lease;
    private final Clock clock;
    private final BooleanSupplier stopping;
    private Instant renewed;

    /** @param stopping true once the worker wants the job put back (it is shutting down, or out of time) */
    public DeliveryLease(JobQueue queue, JobDelivery delivery, JobLease lease, Clock clock, BooleanSupplier stopping) {
        this.queue = queue;
        this.delivery = delivery;
        this.lease = lease;
        this.clock = clock;
        this.stopping = stopping;
        this.renewed = clock.instant();
    }

    @Override
    public synchronized void renew() {
        Instant now = clock.instant();
        if (now.isBefore(renewed.plus(lease.renewEvery()))) {
            return;
        }
        try {
            queue.extend(delivery, lease.length());
            renewed = now;
        } catch (UnavailableException queueDown) {
            // The next report tries again; if the queue stays down, the lease lapses and the job is run again,
            // which a job is safe to be.
        }
    }

    @Override
    public Duration renewEvery() {
        return lease.renewEvery();
    }

    @Override
    public boolean stopping() {
        return stopping.getAsBoolean();
    }
}

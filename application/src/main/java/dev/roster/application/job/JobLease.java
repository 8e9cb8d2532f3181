package dev.roster.application.job;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a worker holds a delivered job without saying it is still at it, and how often it says so. The worker
 * renews the lease as the job reports progress ({@link DeliveryLease}), so a job whose worker died is handed out again
 * within one lease however long the job runs: on a queue kept in PostgreSQL as on SQS, whose visibility is extended
 * the same way.
 *
 * @param length     how long the job stays hidden from other workers after each renewal
 * @param renewEvery how long after a renewal the next progress report renews it again; well under {@code length}
 */
public record JobLease(Duration length, Duration renewEvery) {

    /** A job whose worker died is taken up again within 45 seconds; renewing costs one update every 10. */
    public static final JobLease DEFAULT = new JobLease(Duration.ofSeconds(45), Duration.ofSeconds(10));

    public JobLease {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(renewEvery, "renewEvery");
        if (renewEvery.isNegative() || renewEvery.compareTo(length) >= 0) {
            throw new IllegalArgumentException(
                    "a lease is renewed before it runs out: every " + renewEvery + " for " + length);
        }
    }
}

package dev.roster.application.collection;

import java.time.Duration;
import java.util.Objects;

/**
 * How one platform's metrics are collected: where profiles are when an account has no URL of its own, how often, how
 * fast, and by whom.
 *
 * @param profileUrlTemplate a URL with {@code {handle}} in it, or {@code null} when every account has its own URL
 * @param every              the time between two snapshots of one account
 * @param ratePerMinute      requests per minute to the platform at most, from one process; 0 for no limit
 * @param concurrency        requests in flight at once at most, from one process
 * @param collector          who collects: this deployment, or the office collector
 */
public record PlatformCollection(
        String profileUrlTemplate, Duration every, int ratePerMinute, int concurrency, Collector collector) {

    /** Who reads a platform's pages. */
    public enum Collector {
        /** This deployment, on a schedule (a timer locally, the scheduler on AWS). */
        SERVER,
        /** {@code roster collect} on a machine in the office network; the deployment never schedules it. */
        OFFICE
    }

    public static final String HANDLE = "{handle}";

    public PlatformCollection {
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(collector, "collector");
        if (profileUrlTemplate != null && !profileUrlTemplate.contains(HANDLE)) {
            throw new IllegalArgumentException("profileUrl must contain " + HANDLE + ": " + profileUrlTemplate);
        }
        if (every.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("every must be at least one minute: " + every);
        }
        if (ratePerMinute < 0 || ratePerMinute > 60_000) {
            throw new IllegalArgumentException("ratePerMinute must be 0 (no limit) to 60000: " + ratePerMinute);
        }
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("concurrency must be 1-64: " + concurrency);
        }
    }

    /** Daily, 60 requests a minute, two at a time, by this deployment, accounts' own URLs only. */
    public static PlatformCollection defaults() {
        return new PlatformCollection(null, Duration.ofDays(1), 60, 2, Collector.SERVER);
    }
}

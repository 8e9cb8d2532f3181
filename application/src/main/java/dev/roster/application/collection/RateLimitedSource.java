package dev.roster.application.collection;

import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricSource;
import java.time.Duration;
import java.util.Optional;

/**
 * A metric source asked only within its platform's rate limit. A platform answering "too many requests" is asked
 * again after its Retry-After, backing off further each time (1 s, 2 s, 4 s at least), up to {@value #TRIES} tries;
 * a wait longer than {@link #MAX_WAIT} is not waited out but answered as rate limited.
 */
public final class RateLimitedSource implements MetricSource {

    public static final int TRIES = 3;
    public static final Duration MAX_WAIT = Duration.ofMinutes(2);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final MetricSource source;
    private final RateLimiter limiter;

    public RateLimitedSource(MetricSource source, RateLimiter limiter) {
        this.source = source;
        this.limiter = limiter;
    }

    @Override
    public CollectionOutcome collect(CollectionTarget target) {
        try {
            return collectWithinLimit(target);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new CollectionOutcome.TransientFailure("interrupted while waiting for the rate limit");
        }
    }

    private CollectionOutcome collectWithinLimit(CollectionTarget target) throws InterruptedException {
        CollectionOutcome outcome = new CollectionOutcome.RateLimited(MAX_WAIT);
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            Optional<RateLimiter.Permit> permit = limiter.tryAcquire(MAX_WAIT);
            if (permit.isEmpty()) {
                return outcome;
            }
            try (RateLimiter.Permit held = permit.get()) {
                outcome = source.collect(target);
            }
            if (!(outcome instanceof CollectionOutcome.RateLimited limited)) {
                return outcome;
            }
            // Honour Retry-After, but never retry sooner than the doubling backoff: a platform saying "0" means "later".
            limiter.backOff(limited.retryAfter().compareTo(backoff) > 0 ? limited.retryAfter() : backoff);
            backoff = backoff.multipliedBy(2);
        }
        return outcome;
    }
}

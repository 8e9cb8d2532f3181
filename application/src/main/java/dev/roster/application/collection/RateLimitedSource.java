package dev.roster.application.collection;

import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricSource;
import java.time.Duration;
import java.util.Optional;

/**
 * A metric source asked only within its platform's rate limit, and asked again on "too many requests" as
 * {@link RateLimitedCall} does; an account still refused then is answered as rate limited.
 */
public final class RateLimitedSource implements MetricSource {

    public static final int TRIES = RateLimitedCall.TRIES;
    public static final Duration MAX_WAIT = RateLimitedCall.MAX_WAIT;

    private final MetricSource source;
    private final RateLimitedCall<CollectionOutcome> call;

    public RateLimitedSource(MetricSource source, RateLimiter limiter) {
        this.source = source;
        this.call = new RateLimitedCall<>(
                limiter,
                outcome -> outcome instanceof CollectionOutcome.RateLimited limited
                        ? Optional.of(limited.retryAfter())
                        : Optional.empty(),
                CollectionOutcome.RateLimited::new);
    }

    @Override
    public CollectionOutcome collect(CollectionTarget target) {
        try {
            return call.call(() -> source.collect(target));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new CollectionOutcome.TransientFailure("interrupted while waiting for the rate limit");
        }
    }
}

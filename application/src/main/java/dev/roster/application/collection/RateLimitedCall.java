package dev.roster.application.collection;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A request to a platform made only within its rate limit, asked again when the platform answers "too many requests":
 * after its Retry-After, backing off further each time (1 s, 2 s, 4 s at least), up to {@value #TRIES} tries; a wait
 * longer than {@link #MAX_WAIT} is not waited out. What metric collection and the reports share, with one limiter per
 * platform and process.
 *
 * @param <T> what the request answers
 */
public final class RateLimitedCall<T> {

    public static final int TRIES = 3;
    public static final Duration MAX_WAIT = Duration.ofMinutes(2);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final RateLimiter limiter;
    private final Function<T, Optional<Duration>> limitedFor;
    private final Function<Duration, T> gaveUp;

    /**
     * @param limitedFor how long an answer asks to wait, empty when it is not "too many requests"
     * @param gaveUp     the answer when no try got through: rate limited, for at least the given time
     */
    public RateLimitedCall(
            RateLimiter limiter, Function<T, Optional<Duration>> limitedFor, Function<Duration, T> gaveUp) {
        this.limiter = limiter;
        this.limitedFor = limitedFor;
        this.gaveUp = gaveUp;
    }

    /** The request's answer, or the last "too many requests" after {@value #TRIES} tries. */
    public T call(Supplier<T> request) throws InterruptedException {
        T answer = gaveUp.apply(MAX_WAIT);
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            Optional<RateLimiter.Permit> permit = limiter.tryAcquire(MAX_WAIT);
            if (permit.isEmpty()) {
                return answer;
            }
            try (RateLimiter.Permit held = permit.get()) {
                answer = request.get();
            }
            Optional<Duration> limited = limitedFor.apply(answer);
            if (limited.isEmpty()) {
                return answer;
            }
            // Honour Retry-After, but never retry sooner than the doubling backoff: a platform saying "0" means
            // "later".
            limiter.backOff(limited.get().compareTo(backoff) > 0 ? limited.get() : backoff);
            backoff = backoff.multipliedBy(2);
        }
        return answer;
    }
}

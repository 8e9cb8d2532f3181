package dev.roster.application.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Duration LONG = Duration.ofHours(1);

    private final SteppedPace pace = new SteppedPace();

    @Test
    void spacesRequestsEvenlyAtTheRateWithNoBurst() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(60, 4, pace);
        List<Long> granted = new ArrayList<>();
        long start = pace.nanoTime();

        for (int i = 0; i < 5; i++) {
            try (RateLimiter.Permit permit = limiter.tryAcquire(LONG).orElseThrow()) {
                granted.add(pace.nanoTime() - start);
            }
        }

        assertThat(granted).containsExactly(0L, SECOND, 2 * SECOND, 3 * SECOND, 4 * SECOND);
    }

    @Test
    void tellsOfEachRequestThatWaitedAndHowLongButNotOfOnesLetThroughAtOnce() throws InterruptedException {
        List<Duration> waits = new ArrayList<>();
        RateLimiter limiter = new RateLimiter(60, 4, pace, waits::add);

        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(LONG).orElseThrow().close();
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void anIdleLimiterDoesNotSaveUpABurst() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(60, 4, pace);
        pace.advance(60 * SECOND);
        long start = pace.nanoTime();

        limiter.tryAcquire(LONG).orElseThrow().close();
        limiter.tryAcquire(LONG).orElseThrow().close();

        assertThat(pace.nanoTime() - start).isEqualTo(SECOND);
    }

    @Test
    void backingOffPushesTheNextRequestBack() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(600, 1, pace);
        limiter.tryAcquire(LONG).orElseThrow().close();
        long start = pace.nanoTime();

        limiter.backOff(Duration.ofSeconds(30));
        limiter.tryAcquire(LONG).orElseThrow().close();

        assertThat(pace.nanoTime() - start).isEqualTo(30 * SECOND);
    }

    @Test
    void refusesRatherThanWaitLongerThanAllowed() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(60, 4, pace);
        limiter.backOff(Duration.ofMinutes(10));
        long start = pace.nanoTime();

        Optional<RateLimiter.Permit> permit = limiter.tryAcquire(Duration.ofMinutes(2));

        assertThat(permit).isEmpty();
        assertThat(pace.nanoTime()).as("gave up without waiting").isEqualTo(start);
        pace.advance(Duration.ofMinutes(10).toNanos());
        assertThat(limiter.tryAcquire(Duration.ZERO))
                .as("the refused request took no slot")
                .isPresent();
    }

    @Test
    void letsNoMoreThanTheConcurrencyInFlight() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(0, 2, pace);

        RateLimiter.Permit first = limiter.tryAcquire(Duration.ZERO).orElseThrow();
        RateLimiter.Permit second = limiter.tryAcquire(Duration.ZERO).orElseThrow();
        assertThat(limiter.tryAcquire(Duration.ofMillis(20))).isEmpty();

        first.close();
        assertThat(limiter.tryAcquire(Duration.ZERO)).isPresent();
        second.close();
    }
}

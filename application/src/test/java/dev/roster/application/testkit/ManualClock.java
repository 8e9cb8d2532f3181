package dev.roster.application.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until the test moves it: what a contract gives a queue or a file store so that "after the
 * timeout" is a step the test takes, not a sleep that may or may not have been long enough. Thread-safe.
 */
public final class ManualClock extends UtcClock {

    private final AtomicReference<Instant> now;

    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** Starts at the present moment, so that servers sharing it (a queue's) see a believable time. */
    public static ManualClock startingNow() {
        return new ManualClock(Instant.now());
    }

    /** Moves the clock on by {@code step}. */
    public void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("time does not go back: " + step);
        }
        now.updateAndGet(instant -> instant.plus(step));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}

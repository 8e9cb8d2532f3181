package dev.roster.application.collection;

import dev.roster.application.port.Pace;
import java.util.concurrent.atomic.AtomicLong;

/** Time that passes only when someone waits: sleeping moves it on at once, so rate-limit tests take no real time. */
final class SteppedPace implements Pace {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public void sleep(long wait) {
        nanos.addAndGet(wait);
    }

    void advance(long wait) {
        nanos.addAndGet(wait);
    }
}

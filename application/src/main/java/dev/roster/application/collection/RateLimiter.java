package dev.roster.application.collection;

import dev.roster.application.port.Pace;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One platform's request budget in one process: at most {@code ratePerMinute} requests a minute, evenly spaced (a
 * token bucket holding one token, so there is never a burst above the rate), and at most {@code concurrency} in
 * flight. A platform that answers "too many requests" pushes every later request back.
 */
public final class RateLimiter {

    /** Held while a request is in flight; closing it lets the next one in. */
    public interface Permit extends AutoCloseable {

        @Override
        void close();
    }

    private final long intervalNanos;
    private final Semaphore inFlight;
    private final Pace pace;
    private final Consumer<Duration> waited;
    private long nextFree;

    public RateLimiter(int ratePerMinute, int concurrency, Pace pace) {
        this(ratePerMinute, concurrency, pace, wait -> {});
    }

    /** @param waited told of each request that had to wait for its turn, and how long it waited */
    public RateLimiter(int ratePerMinute, int concurrency, Pace pace, Consumer<Duration> waited) {
        if (ratePerMinute < 0 || concurrency < 1) {
            throw new IllegalArgumentException("rate must be >= 0 (0: no limit) and concurrency >= 1");
        }
        this.intervalNanos = ratePerMinute == 0 ? 0 : TimeUnit.MINUTES.toNanos(1) / ratePerMinute;
        this.inFlight = new Semaphore(concurrency, true);
        this.pace = pace;
        this.waited = waited;
        this.nextFree = pace.nanoTime();
    }

    /**
     * Waits for a free slot and a free request, unless that would take longer than {@code maxWait}: then nothing is
     * taken and the answer is empty (the caller records the account as rate limited instead of holding a worker).
     */
    public Optional<Permit> tryAcquire(Duration maxWait) throws InterruptedException {
        long asked = pace.nanoTime();
        long deadline = asked + maxWait.toNanos();
        // Timed even when free at once, so the fair semaphore's order holds.
        boolean free = inFlight.tryAcquire(0, TimeUnit.NANOSECONDS);
        if (!free && !inFlight.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        long queued = free ? 0 : pace.nanoTime() - asked;
        long wait;
        synchronized (this) {
            long now = pace.nanoTime();
            long slot = Math.max(now, nextFree);
            if (slot - deadline > 0) {
                inFlight.release();
                return Optional.empty();
            }
            nextFree = slot + intervalNanos;
            wait = slot - now;
        }
        try {
            if (wait > 0) {
                pace.sleep(wait);
            }
        } catch (InterruptedException interrupted) {
            inFlight.release();
            throw interrupted;
        }
        // Waiting for a request in flight to finish counts too: either way the platform's limit held this one back.
        // A request let through at once is no wait, however long the lock took.
        if (queued + wait > 0) {
            waited.accept(Duration.ofNanos(queued + wait));
        }
        return Optional.of(inFlight::release);
    }

    /** No request starts before {@code delay} from now: the platform said "too many requests". */
    public synchronized void backOff(Duration delay) {
        long until = pace.nanoTime() + delay.toNanos();
        if (until - nextFree > 0) {
            nextFree = until;
        }
    }
}

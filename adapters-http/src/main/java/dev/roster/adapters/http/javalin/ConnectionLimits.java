package dev.roster.adapters.http.javalin;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a connection may stay silent, and how slowly a request body may come, before the server cuts the caller
 * off and frees the thread reading it.
 *
 * @param idleTimeout       the longest silence, while headers or a body are awaited or between requests
 * @param minBytesPerSecond the slowest average a body may come at once it has started; 0 checks no rate
 */
public record ConnectionLimits(Duration idleTimeout, long minBytesPerSecond) {

    /** Long enough for a person's browser on a slow office line; short enough that a stalled caller soon goes. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** A 20 MB workbook at this rate takes five hours: any real line is far faster; a trickling attacker is not. */
    public static final long DEFAULT_MIN_BYTES_PER_SECOND = 1024;

    public ConnectionLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("the idle timeout must be at least a millisecond");
        }
        if (minBytesPerSecond < 0) {
            throw new IllegalArgumentException("the minimum data rate cannot be negative");
        }
    }

    public static ConnectionLimits defaults() {
        return new ConnectionLimits(DEFAULT_IDLE_TIMEOUT, DEFAULT_MIN_BYTES_PER_SECOND);
    }
}

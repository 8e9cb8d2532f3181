package dev.roster.adapters.browser.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one fetch may take and how large a page may be.
 *
 * @param timeout  from the first byte sent to the last byte read; a fetch still running then is cut off
 * @param maxBytes the most bytes of one page, once decoded, that are read; a larger page is refused
 */
public record FetchLimits(Duration timeout, long maxBytes) {

    /** What {@code ROSTER_COLLECT_MAX_BYTES} is when not set: 2 MB, far above any profile page. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    public FetchLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }
}

package dev.roster.adapters.browser.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header (RFC 9110: seconds, or an HTTP date) into how long to wait. */
public final class RetryAfter {

    /** What to wait when the platform says "too many requests" without saying for how long. */
    public static final Duration DEFAULT = Duration.ofSeconds(30);

    private RetryAfter() {}

    public static Duration parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
            } catch (DateTimeParseException notADate) {
                return DEFAULT;
            }
        }
    }
}

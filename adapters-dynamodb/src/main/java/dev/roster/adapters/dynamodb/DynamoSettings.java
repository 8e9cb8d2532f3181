package dev.roster.adapters.dynamodb;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the store uses its tables.
 *
 * @param tablePrefix     what every table name starts with, e.g. {@code roster-prod-}
 * @param metricRetention how long a metric snapshot is kept before DynamoDB's TTL removes it; {@code null} keeps it
 * @param changeLag       how far back each refresh of the search projection looks again, for writes whose stamp is
 *                        older than their commit (clock skew between writers, slow transactions)
 * @param writeThreads    how many entries of a bulk registration are written at once
 */
public record DynamoSettings(String tablePrefix, Duration metricRetention, Duration changeLag, int writeThreads) {

    /** How long change-log entries live; a projection older than this (less the lag) loads anew. */
    public static final Duration CHANGE_RETENTION = Duration.ofDays(1);

    public DynamoSettings {
        Objects.requireNonNull(tablePrefix, "tablePrefix");
        Objects.requireNonNull(changeLag, "changeLag");
        if (!tablePrefix.matches("[A-Za-z0-9_.-]{0,200}")) {
            throw new IllegalArgumentException(
                    "table prefix may hold letters, digits, '_', '-' and '.': " + tablePrefix);
        }
        if (metricRetention != null && (metricRetention.isNegative() || metricRetention.isZero())) {
            throw new IllegalArgumentException("metric retention must be positive: " + metricRetention);
        }
        if (changeLag.isNegative() || changeLag.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("change lag must be 0 to 1 hour: " + changeLag);
        }
        if (writeThreads < 1 || writeThreads > 64) {
            throw new IllegalArgumentException("write threads must be 1-64: " + writeThreads);
        }
    }

    /** Snapshots kept for ever, a 5-second change lag, 8 writers for bulk registration. */
    public static DynamoSettings defaults(String tablePrefix) {
        return new DynamoSettings(tablePrefix, null, Duration.ofSeconds(5), 8);
    }

    /** These settings with metric snapshots expiring {@code retention} after they were taken. */
    public DynamoSettings withMetricRetention(Duration retention) {
        return new DynamoSettings(tablePrefix, Objects.requireNonNull(retention, "retention"), changeLag, writeThreads);
    }

    public Optional<Duration> metricTtl() {
        return Optional.ofNullable(metricRetention);
    }
}

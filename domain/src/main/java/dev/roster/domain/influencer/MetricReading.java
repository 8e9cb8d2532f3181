package dev.roster.domain.influencer;

import dev.roster.domain.platform.MetricName;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The figures a platform showed for an account at one moment, by metric name. */
public record MetricReading(Instant collectedAt, SortedMap<MetricName, Long> values) {

    public static final int MAX_METRICS = 32;

    public MetricReading {
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(values, "values");
        if (values.isEmpty() || values.size() > MAX_METRICS) {
            throw new IllegalArgumentException("a reading holds 1-" + MAX_METRICS + " metrics");
        }
        values.forEach((name, value) -> {
            Objects.requireNonNull(name, "metric name");
            if (value == null || value < 0) {
                throw new IllegalArgumentException("metric " + name + " must be a count of zero or more: " + value);
            }
        });
        // A plain TreeMap, not a copy of the caller's: that would keep the caller's comparator, not name order.
        TreeMap<MetricName, Long> byName = new TreeMap<>();
        byName.putAll(values);
        values = Collections.unmodifiableSortedMap(byName);
    }

    public static MetricReading of(Instant collectedAt, Map<MetricName, Long> values) {
        TreeMap<MetricName, Long> byName = new TreeMap<>();
        byName.putAll(values);
        return new MetricReading(collectedAt, byName);
    }

    public Optional<Long> value(MetricName metric) {
        return Optional.ofNullable(values.get(metric));
    }
}

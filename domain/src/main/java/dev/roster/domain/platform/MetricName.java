package dev.roster.domain.platform;

import java.util.Objects;
import java.util.regex.Pattern;

/** The name of a figure a platform publishes for an account, in camelCase: {@code followers}, {@code dailyVisitors}. */
public record MetricName(String value) implements Comparable<MetricName> {

    // Declared before the constants below, which need it while the class initialises.
    private static final Pattern FORMAT = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

    public static final MetricName FOLLOWERS = new MetricName("followers");
    public static final MetricName DAILY_VISITORS = new MetricName("dailyVisitors");

    public MetricName {
        Objects.requireNonNull(value, "metric name");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "metric name must be camelCase letters and digits (1-40), starting with a lower-case letter: "
                            + value);
        }
    }

    public static MetricName of(String value) {
        return new MetricName(value);
    }

    @Override
    public int compareTo(MetricName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.roster.domain.job;

import java.util.Objects;
import java.util.regex.Pattern;

/** What kind of work a job does, such as {@code import} or {@code collect}; each kind has one runner. */
public record JobType(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public JobType {
        Objects.requireNonNull(value, "job type");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("job type must be 1-40 lower-case letters, digits or '-': " + value);
        }
    }

    public static JobType of(String value) {
        return new JobType(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

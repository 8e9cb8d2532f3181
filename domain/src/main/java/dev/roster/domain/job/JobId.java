package dev.roster.domain.job;

import dev.roster.domain.identity.TimeOrderedUuid;
import java.time.Instant;
import java.util.Optional;

/** Identifies a job. Opaque to callers; a UUID underneath. */
public record JobId(String value) {

    public JobId {
        if (!TimeOrderedUuid.isCanonical(value)) {
            throw new IllegalArgumentException("not a job id: " + value);
        }
    }

    public static JobId next(Instant now) {
        return new JobId(TimeOrderedUuid.next(now));
    }

    /** The id {@code text} names, or empty when it cannot name one (callers answer "not found"). */
    public static Optional<JobId> parse(String text) {
        return TimeOrderedUuid.isCanonical(text) ? Optional.of(new JobId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}

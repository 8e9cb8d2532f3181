package dev.roster.domain.influencer;

import dev.roster.domain.identity.TimeOrderedUuid;
import java.time.Instant;
import java.util.Optional;

/** Identifies a consent form on file. Opaque to callers; a UUID underneath. */
public record ConsentFormId(String value) {

    public ConsentFormId {
        if (!TimeOrderedUuid.isCanonical(value)) {
            throw new IllegalArgumentException("not a consent form id: " + value);
        }
    }

    public static ConsentFormId next(Instant now) {
        return new ConsentFormId(TimeOrderedUuid.next(now));
    }

    /** The id {@code text} names, or empty when it cannot name one (callers answer "not found"). */
    public static Optional<ConsentFormId> parse(String text) {
        return TimeOrderedUuid.isCanonical(text) ? Optional.of(new ConsentFormId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}

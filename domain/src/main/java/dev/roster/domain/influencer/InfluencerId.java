package dev.roster.domain.influencer;

import dev.roster.domain.identity.TimeOrderedUuid;
import java.time.Instant;
import java.util.Optional;

/** Identifies an influencer. Opaque to callers; a UUID underneath. */
public record InfluencerId(String value) {

    public InfluencerId {
        if (!TimeOrderedUuid.isCanonical(value)) {
            throw new IllegalArgumentException("not an influencer id: " + value);
        }
    }

    public static InfluencerId next(Instant now) {
        return new InfluencerId(TimeOrderedUuid.next(now));
    }

    /** The id {@code text} names, or empty when it cannot name one (callers answer "not found"). */
    public static Optional<InfluencerId> parse(String text) {
        return TimeOrderedUuid.isCanonical(text) ? Optional.of(new InfluencerId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}

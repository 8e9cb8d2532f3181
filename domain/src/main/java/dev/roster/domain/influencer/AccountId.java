package dev.roster.domain.influencer;

import dev.roster.domain.identity.TimeOrderedUuid;
import java.time.Instant;
import java.util.Optional;

/** Identifies a platform account. Opaque to callers; a UUID underneath. */
public record AccountId(String value) {

    public AccountId {
        if (!TimeOrderedUuid.isCanonical(value)) {
            throw new IllegalArgumentException("not an account id: " + value);
        }
    }

    public static AccountId next(Instant now) {
        return new AccountId(TimeOrderedUuid.next(now));
    }

    /** The id {@code text} names, or empty when it cannot name one (callers answer "not found"). */
    public static Optional<AccountId> parse(String text) {
        return TimeOrderedUuid.isCanonical(text) ? Optional.of(new AccountId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}

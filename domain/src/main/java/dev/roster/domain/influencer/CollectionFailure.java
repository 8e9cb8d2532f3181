package dev.roster.domain.influencer;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The last time collecting an account's metrics did not work, and why: shown on the account until a newer reading
 * comes in.
 *
 * @param reason what happened, for staff to read (bounded; it holds at most a short, escaped excerpt of a page's text)
 */
public record CollectionFailure(AccountId accountId, Status status, String reason, Instant at) {

    public static final int MAX_REASON_LENGTH = 1000;

    /** How a collection failed; each asks staff for something different. */
    public enum Status {
        /** The platform says there is no such account: the handle or profile URL is probably wrong. */
        NOT_FOUND,
        /** The account exists but is private: its owner has to open it. */
        PRIVATE,
        /** The platform kept asking us to slow down. */
        RATE_LIMITED,
        /** A rule found nothing on the page: the platform's layout probably changed and the rules need an update. */
        PAGE_CHANGED,
        /** The network, a time-out or the platform's server failed; the next run will try again. */
        TRANSIENT,
        /**
         * Roster would not fetch or keep the page: the profile URL or a page it redirected to is not on the platform's
         * hosts or is at an address that may not be fetched, or the page was too large. Staff fix the profile URL (or
         * the platform definitions); trying again as it is will not help.
         */
        REFUSED;

        /** The name the API and files use: {@code not_found}, {@code page_changed}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException naming the known labels */
        public static Status ofLabel(String label) {
            for (Status status : values()) {
                if (status.label().equals(label)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("unknown collection status " + label + "; one of "
                    + String.join(
                            ", ", Arrays.stream(values()).map(Status::label).toList()));
        }
    }

    public CollectionFailure {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a failure needs a reason");
        }
        reason = Text.cut(reason, MAX_REASON_LENGTH);
    }

    /** Whether this failure is newer than the account's latest reading, so it is worth showing. */
    public boolean isNewerThan(MetricReading latest) {
        return latest == null || at.isAfter(latest.collectedAt());
    }
}

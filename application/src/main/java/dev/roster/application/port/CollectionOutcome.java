package dev.roster.application.port;

import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.platform.MetricName;
import java.time.Duration;
import java.util.Objects;

/** What reading an account's metrics came to: each way it can end is its own type, so none is forgotten. */
public sealed interface CollectionOutcome {

    /** The platform showed the account's metrics. */
    record Collected(MetricReading reading) implements CollectionOutcome {

        public Collected {
            Objects.requireNonNull(reading, "reading");
        }
    }

    /** The platform has no such account (the handle or the profile URL is wrong). */
    record AccountMissing(String reason) implements CollectionOutcome {}

    /** The account exists but only its followers may see it. */
    record AccountPrivate(String reason) implements CollectionOutcome {}

    /** The platform asked us to slow down; try again after {@code retryAfter}. */
    record RateLimited(Duration retryAfter) implements CollectionOutcome {

        public RateLimited {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /**
     * A rule found nothing: the page's layout probably changed. {@code excerpt} is the start of the page's text, short
     * and escaped, kept for diagnosis.
     */
    record PageChanged(MetricName metric, String excerpt) implements CollectionOutcome {}

    /** Something passing went wrong (network, time-out, server error); trying again later may work. */
    record TransientFailure(String reason) implements CollectionOutcome {}

    /**
     * The page was not fetched or not kept: its URL or address is not one the platform's definition allows, or it was
     * too large. {@code reason} is for staff: it never holds the page, nor where a refused address led.
     */
    record Refused(String reason) implements CollectionOutcome {}
}

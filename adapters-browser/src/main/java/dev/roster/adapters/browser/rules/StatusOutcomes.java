package dev.roster.adapters.browser.rules;

import dev.roster.application.port.CollectionOutcome;
import java.time.Instant;

/** What the HTTP status of a profile page says before the page is read; both sources share it. */
public final class StatusOutcomes {

    private StatusOutcomes() {}

    /** The outcome the status decides, or {@code null} when the page is there to read. */
    public static CollectionOutcome of(int status, String retryAfter, Instant now) {
        if (status == 429) {
            return new CollectionOutcome.RateLimited(RetryAfter.parse(retryAfter, now));
        }
        if (status == 404 || status == 410) {
            return new CollectionOutcome.AccountMissing("the platform answered HTTP " + status);
        }
        if (status < 200 || status >= 300) {
            return new CollectionOutcome.TransientFailure("the platform answered HTTP " + status);
        }
        return null;
    }
}

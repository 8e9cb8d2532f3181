package dev.roster.application.collection;

import dev.roster.application.port.CollectionOutcome;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.CollectionFailure.Status;
import java.time.Instant;

/** Turns what a source answered other than metrics into the failure staff see on the account. */
public final class Outcomes {

    private Outcomes() {}

    /** @throws IllegalArgumentException for {@link CollectionOutcome.Collected}, which is no failure */
    public static CollectionFailure failure(AccountId account, CollectionOutcome outcome, Instant at) {
        // Java 17 has no pattern switch: one instanceof per kind of outcome.
        if (outcome instanceof CollectionOutcome.AccountMissing missing) {
            return new CollectionFailure(account, Status.NOT_FOUND, missing.reason(), at);
        }
        if (outcome instanceof CollectionOutcome.AccountPrivate closed) {
            return new CollectionFailure(account, Status.PRIVATE, closed.reason(), at);
        }
        if (outcome instanceof CollectionOutcome.RateLimited limited) {
            return new CollectionFailure(
                    account,
                    Status.RATE_LIMITED,
                    "the platform asked us to wait " + limited.retryAfter().toSeconds() + " s before asking again",
                    at);
        }
        if (outcome instanceof CollectionOutcome.PageChanged changed) {
            return new CollectionFailure(
                    account,
                    Status.PAGE_CHANGED,
                    "the rule for " + changed.metric() + " matched nothing; the page's text began: "
                            + changed.excerpt(),
                    at);
        }
        if (outcome instanceof CollectionOutcome.TransientFailure failed) {
            return new CollectionFailure(account, Status.TRANSIENT, failed.reason(), at);
        }
        if (outcome instanceof CollectionOutcome.Refused refused) {
            return new CollectionFailure(account, Status.REFUSED, refused.reason(), at);
        }
        throw new IllegalArgumentException("not a failure: " + outcome);
    }
}

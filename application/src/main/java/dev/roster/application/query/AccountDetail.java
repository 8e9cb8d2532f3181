package dev.roster.application.query;

import dev.roster.domain.influencer.CollectionFailure;
import java.util.Objects;
import java.util.Optional;

/**
 * An account as its own page shows it: its view, and its last failed collection when that failure is newer than the
 * metrics the account shows (an older one was followed by a reading, so it no longer says anything).
 *
 * @param lastFailure the last failure, kept only when newer than the account's metrics; null otherwise
 */
public record AccountDetail(AccountView view, CollectionFailure lastFailure) {

    public AccountDetail {
        Objects.requireNonNull(view, "view");
        if (lastFailure != null) {
            if (!lastFailure.accountId().equals(view.account().id())) {
                throw new IllegalArgumentException("failure of " + lastFailure.accountId() + " is not of "
                        + view.account().id());
            }
            if (!lastFailure.isNewerThan(view.account().latestMetrics())) {
                lastFailure = null;
            }
        }
    }

    /** The last failure worth showing, if any. */
    public Optional<CollectionFailure> failure() {
        return Optional.ofNullable(lastFailure);
    }
}

package dev.roster.application.collection;

import dev.roster.application.port.MetricHistory;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.PlatformAccount;
import java.util.Optional;

/** The account's last failed collection, when it is newer than the metrics the account shows. */
public final class GetCollectionFailure {

    private final MetricHistory history;

    public GetCollectionFailure(MetricHistory history) {
        this.history = history;
    }

    public Optional<CollectionFailure> of(PlatformAccount account) {
        return history.lastFailure(account).filter(failure -> failure.isNewerThan(account.latestMetrics()));
    }
}

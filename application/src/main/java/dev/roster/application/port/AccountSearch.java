package dev.roster.application.port;

import dev.roster.application.query.AccountDetail;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.InfluencerView;
import dev.roster.application.query.Page;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.InfluencerId;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The read side of the roster: ready-to-show views, each read in one round trip (no query per row for the
 * cross-platform handles).
 */
public interface AccountSearch {

    Optional<AccountView> view(AccountId id);

    /**
     * The account's {@link #view} with its last recorded collection failure, read together in one round trip: what the
     * account's own page shows (every GET of an account asks).
     */
    Optional<AccountDetail> detail(AccountId id);

    Optional<InfluencerView> influencer(InfluencerId id);

    /**
     * One page of accounts matching {@code query}, in its order (ties broken by account id in the same direction),
     * starting strictly after its cursor; the page's next cursor is present exactly when more may follow.
     */
    Page<AccountView> search(AccountQuery query);

    /**
     * Every account matching {@code query}, in its order, from its cursor on: what paging through {@link #search}
     * gives, for readers of them all (the export). The query's limit is how many a round trip to the store reads.
     * The stream may hold store resources (a connection): close it.
     *
     * <p>By default it pages through {@link #search}; a store that can do better in one statement does.
     */
    default Stream<AccountView> all(AccountQuery query) {
        return SearchPages.stream(this, query);
    }
}

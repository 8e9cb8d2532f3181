package dev.roster.application.report;

import dev.roster.application.collection.CollectionSetup;
import dev.roster.application.collection.ProfileUrls;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.net.URI;
import java.util.Optional;

/** Finds the roster's account behind a profile URL: by the handle the URL names, then by the profile page itself. */
final class RosterProfiles {

    private static final int CANDIDATES = 20;

    private final AccountSearch search;
    private final CollectionSetup setup;

    RosterProfiles(AccountSearch search, CollectionSetup setup) {
        this.search = search;
        this.setup = setup;
    }

    Optional<PlatformAccount> find(PlatformCode platform, URI profile) {
        Optional<String> handle = ProfileKey.handle(profile);
        if (handle.isEmpty()) {
            return Optional.empty();
        }
        String text = AccountQuery.searchable(handle.get());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var query = new AccountQuery(platform, text, null, null, AccountOrder.NEWEST_FIRST, CANDIDATES, null);
        return search.search(query).items().stream()
                .map(AccountView::account)
                .filter(account -> ProfileUrls.of(account, setup.settings(platform))
                        .map(page -> ProfileKey.same(page, profile))
                        .orElse(false))
                .findFirst();
    }
}

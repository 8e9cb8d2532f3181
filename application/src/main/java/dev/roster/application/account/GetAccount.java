package dev.roster.application.account;

import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.port.Influencers;
import dev.roster.application.query.AccountDetail;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;

/** Shows one account with its influencer and the influencer's accounts on the other platforms. */
public final class GetAccount {

    private final AccountLookup lookup;
    private final AccountSearch search;

    public GetAccount(PlatformCatalog platforms, Influencers influencers, AccountSearch search) {
        this.lookup = new AccountLookup(platforms, influencers);
        this.search = search;
    }

    /** @throws NotFoundException when the platform, or the account on that platform, does not exist */
    public AccountView get(String platformCode, String accountId) {
        Platform platform = lookup.platform(platformCode);
        AccountId id = AccountLookup.accountId(accountId);
        return search.view(id)
                .filter(view -> view.account().platform().equals(platform.code()))
                .orElseThrow(() -> new NotFoundException("account", id.value()));
    }

    /**
     * The same view with the account's last failed collection when newer than its metrics, in one read of the store.
     *
     * @throws NotFoundException when the platform, or the account on that platform, does not exist
     */
    public AccountDetail detail(String platformCode, String accountId) {
        Platform platform = lookup.platform(platformCode);
        AccountId id = AccountLookup.accountId(accountId);
        return search.detail(id)
                .filter(detail -> detail.view().account().platform().equals(platform.code()))
                .orElseThrow(() -> new NotFoundException("account", id.value()));
    }
}

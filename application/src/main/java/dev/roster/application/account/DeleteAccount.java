package dev.roster.application.account;

import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.Influencers;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;

/** Removes one account and its metric history; the influencer and their other accounts stay. */
public final class DeleteAccount {

    private final AccountLookup lookup;
    private final Influencers influencers;

    public DeleteAccount(PlatformCatalog platforms, Influencers influencers) {
        this.lookup = new AccountLookup(platforms, influencers);
        this.influencers = influencers;
    }

    /** @throws NotFoundException when the platform, or the account on that platform, does not exist */
    public void delete(String platformCode, String accountId) {
        Platform platform = lookup.platform(platformCode);
        PlatformAccount account = lookup.account(platform, accountId);
        if (!influencers.deleteAccount(account.id())) {
            throw new NotFoundException("account", account.id().value());
        }
    }
}

package dev.roster.application.account;

import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.Influencers;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;

/** Finds what account requests name by text: a platform and an account on it, or "not found". Shared by use cases. */
public final class AccountLookup {

    private final PlatformCatalog platforms;
    private final Influencers influencers;

    public AccountLookup(PlatformCatalog platforms, Influencers influencers) {
        this.platforms = platforms;
        this.influencers = influencers;
    }

    public Platform platform(String code) {
        return platform(platforms, code);
    }

    public static Platform platform(PlatformCatalog platforms, String code) {
        return platforms.find(code).orElseThrow(() -> new NotFoundException("platform", String.valueOf(code)));
    }

    /** The id, if it could name an account; an id that cannot exist is simply not found. */
    public static AccountId accountId(String id) {
        return AccountId.parse(id).orElseThrow(() -> new NotFoundException("account", String.valueOf(id)));
    }

    /** The account, if it exists on this platform: an account is only found under its own platform. */
    public PlatformAccount account(Platform platform, String id) {
        AccountId accountId = accountId(id);
        return influencers
                .findAccount(accountId)
                .filter(account -> account.platform().equals(platform.code()))
                .orElseThrow(() -> new NotFoundException("account", accountId.value()));
    }
}

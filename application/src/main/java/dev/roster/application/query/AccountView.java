package dev.roster.application.query;

import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.PlatformAccount;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An account ready to show: the account, its influencer, and the influencer's accounts on the other platforms (ordered
 * by platform, then handle), read in one go.
 */
public record AccountView(PlatformAccount account, Influencer influencer, List<AccountRef> otherAccounts) {

    /** The order of {@link #otherAccounts()}, which every store follows. */
    public static final Comparator<AccountRef> OTHER_ACCOUNTS_ORDER =
            Comparator.comparing(AccountRef::platform).thenComparing(ref -> ref.handle().key());

    public AccountView {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(influencer, "influencer");
        if (!account.influencerId().equals(influencer.id())) {
            throw new IllegalArgumentException("account " + account.id() + " does not belong to " + influencer.id());
        }
        otherAccounts = List.copyOf(otherAccounts);
        if (otherAccounts.stream().anyMatch(ref -> ref.platform().equals(account.platform()))) {
            throw new IllegalArgumentException("other accounts are on other platforms only");
        }
    }
}

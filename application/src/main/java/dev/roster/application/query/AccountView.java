package dev.roster.application.query;

import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.PlatformAccount;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An account ready to show: the account, its influencer, the influencer's accounts on the other platforms (ordered
 * by platform, then handle) and the date the influencer's latest consent form was signed, read in one go.
 *
 * @param consentSignedOn the latest signature date among the influencer's consent forms, null when none is on file
 */
public record AccountView(
        PlatformAccount account, Influencer influencer, List<AccountRef> otherAccounts, LocalDate consentSignedOn) {

    /** The order of {@link #otherAccounts()}, which every store follows. */
    public static final Comparator<AccountRef> OTHER_ACCOUNTS_ORDER = Comparator.comparing(AccountRef::platform)
            .thenComparing(ref -> ref.handle().key());

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

    /** Whether the influencer has a consent form on file. */
    public boolean hasConsent() {
        return consentSignedOn != null;
    }
}

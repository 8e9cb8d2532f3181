package dev.roster.application.query;

import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.PlatformAccount;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A person with every account they hold (ordered by platform, then handle) and their consent forms (in
 * {@link ConsentForm#NEWEST_FIRST} order).
 */
public record InfluencerView(Influencer influencer, List<PlatformAccount> accounts, List<ConsentForm> consentForms) {

    /** The order of {@link #accounts()}, which every store follows. */
    public static final Comparator<PlatformAccount> ACCOUNTS_ORDER = Comparator.comparing(PlatformAccount::platform)
            .thenComparing(account -> account.handle().key());

    public InfluencerView {
        Objects.requireNonNull(influencer, "influencer");
        accounts = List.copyOf(accounts);
        consentForms = consentForms.stream().sorted(ConsentForm.NEWEST_FIRST).toList();
        if (accounts.stream().anyMatch(account -> !account.influencerId().equals(influencer.id()))) {
            throw new IllegalArgumentException("every account must belong to " + influencer.id());
        }
    }

    public boolean hasConsent() {
        return !consentForms.isEmpty();
    }

    /** The latest signature date among the consent forms, or null when none is on file. */
    public LocalDate consentSignedOn() {
        return consentForms.isEmpty() ? null : consentForms.get(0).signedOn();
    }
}

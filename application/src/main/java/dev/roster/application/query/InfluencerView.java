package dev.roster.application.query;

import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.PlatformAccount;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A person with every account they hold (ordered by platform, then handle) and their consent forms. */
public record InfluencerView(Influencer influencer, List<PlatformAccount> accounts, List<ConsentForm> consentForms) {

    /** The order of {@link #accounts()}, which every store follows. */
    public static final Comparator<PlatformAccount> ACCOUNTS_ORDER =
            Comparator.comparing(PlatformAccount::platform).thenComparing(account -> account.handle().key());

    public InfluencerView {
        Objects.requireNonNull(influencer, "influencer");
        accounts = List.copyOf(accounts);
        consentForms = List.copyOf(consentForms);
        if (accounts.stream().anyMatch(account -> !account.influencerId().equals(influencer.id()))) {
            throw new IllegalArgumentException("every account must belong to " + influencer.id());
        }
    }

    public boolean hasConsent() {
        return !consentForms.isEmpty();
    }
}

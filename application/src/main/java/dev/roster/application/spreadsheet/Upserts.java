package dev.roster.application.spreadsheet;

import dev.roster.application.account.Registration;
import dev.roster.application.error.ConflictException;
import dev.roster.application.port.Influencers;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.PlatformAccount;
import java.time.Clock;
import java.util.Optional;

/**
 * The import's upsert mode: a row whose handle is already registered updates that account's details instead of
 * failing, provided the row names the same person (name and phone) the account belongs to.
 */
final class Upserts {

    private final HandleHolders holders;
    private final Influencers influencers;
    private final Clock clock;

    Upserts(HandleHolders holders, Influencers influencers, Clock clock) {
        this.holders = holders;
        this.influencers = influencers;
        this.clock = clock;
    }

    /** Updates the account holding the registration's handle; empty when done, else why it was not. */
    Optional<String> apply(Registration registration) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<AccountView> existing = holders.find(registration);
            if (existing.isEmpty()) {
                return Optional.of("was deleted while this file was imported; upload the row again");
            }
            AccountView view = existing.get();
            if (!view.influencer()
                    .identity()
                    .key()
                    .equals(registration.identity().key())) {
                return Optional.of("is registered to another influencer ("
                        + view.influencer().name() + "); change it there");
            }
            PlatformAccount current = view.account();
            try {
                influencers.updateAccount(current.withDetails(registration.details(), clock.instant()));
                return Optional.empty();
            } catch (ConflictException changedMeanwhile) {
                if (changedMeanwhile.reason() != ConflictException.Reason.STALE_VERSION) {
                    return Optional.of(changedMeanwhile.getMessage());
                }
            }
        }
        return Optional.of("was being changed by someone else; upload the row again");
    }
}

package dev.roster.application.account;

import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.NewAccount;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.PlatformAccount;
import java.util.Objects;

/**
 * The policy for registering an account for whoever holds a name and phone: attach it to the person who holds them,
 * or create that person with it. Looking the person up and storing the account are two steps, so a registration can
 * lose a race: someone created the same person in between ({@code DUPLICATE_PERSON}: attach to them instead), or the
 * person was deleted in between (not found: create them afresh). Each loss is tried again, up to {@value #ATTEMPTS}
 * attempts in all; a taken handle is no race and is refused at once.
 *
 * <p>The one home of this rule: {@link RegisterAccount} follows it, and so does every store whose bulk registration
 * writes entries one by one (DynamoDB's).
 */
public final class FindOrCreatePerson {

    /** Attempts in all, the first included: more losses than this in a row are no longer a race but a fault. */
    public static final int ATTEMPTS = 5;

    private final Influencers influencers;

    public FindOrCreatePerson(Influencers influencers) {
        this.influencers = Objects.requireNonNull(influencers, "influencers");
    }

    /**
     * Stores {@code entry}'s account for the person holding its identity, created with the entry's
     * {@link NewAccount#newInfluencerId()} if nobody does.
     *
     * @return the account as stored
     * @throws ConflictException {@code DUPLICATE_HANDLE} when the handle is taken on the platform, or
     *                           {@code DUPLICATE_PERSON} after {@value #ATTEMPTS} lost races
     * @throws NotFoundException after {@value #ATTEMPTS} lost races with deletions
     */
    public PlatformAccount register(NewAccount entry) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(entry);
            } catch (ConflictException lost) {
                if (lost.reason() != ConflictException.Reason.DUPLICATE_PERSON || attempt == ATTEMPTS) {
                    throw lost;
                }
            } catch (NotFoundException gone) {
                if (attempt == ATTEMPTS) {
                    throw gone;
                }
            }
        }
    }

    private PlatformAccount attempt(NewAccount entry) {
        Influencer holder = influencers.findByIdentity(entry.identity()).orElse(null);
        if (holder != null) {
            PlatformAccount account =
                    PlatformAccount.register(entry.id(), holder.id(), entry.platform(), entry.details(), entry.at());
            influencers.addAccount(account);
            return account;
        }
        Influencer person = Influencer.register(entry.newInfluencerId(), entry.identity(), entry.at());
        PlatformAccount account =
                PlatformAccount.register(entry.id(), person.id(), entry.platform(), entry.details(), entry.at());
        influencers.create(person, account);
        return account;
    }
}

package dev.roster.application.port;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PlatformAccount;
import java.util.List;
import java.util.Optional;

/**
 * Where influencers and their platform accounts are kept: the write side of the roster. Every method is one atomic
 * change: it happens completely or not at all. Failures of the store itself surface as
 * {@link dev.roster.application.error.UnavailableException}.
 */
public interface Influencers {

    Optional<Influencer> find(InfluencerId id);

    Optional<Influencer> findByIdentity(PersonIdentity identity);

    Optional<PlatformAccount> findAccount(AccountId id);

    /**
     * Stores a new influencer together with their first account: both or neither.
     *
     * @throws dev.roster.application.error.ConflictException {@code DUPLICATE_PERSON} when the name and phone are
     *         taken, {@code DUPLICATE_HANDLE} when the account's handle is taken on its platform
     */
    void create(Influencer influencer, PlatformAccount firstAccount);

    /**
     * Stores a new account of an existing influencer. Never conflicts with edits of the influencer.
     *
     * @throws dev.roster.application.error.NotFoundException when the influencer is gone
     * @throws dev.roster.application.error.ConflictException {@code DUPLICATE_HANDLE} when the handle is taken
     */
    void addAccount(PlatformAccount account);

    /**
     * Stores many new accounts at once, as an import does: each for the person holding its identity when it is
     * stored (created with {@link NewAccount#newInfluencerId()} if nobody does, so two entries for one new person
     * share one influencer). Entries are independent: a taken handle refuses that entry only. Faster than one
     * {@link #create}/{@link #addAccount} per entry, and as safe against concurrent registrations.
     *
     * @return one result per entry, in the batch's order
     */
    List<RegistrationResult> registerAll(List<NewAccount> batch);

    /**
     * Replaces the influencer's name and phone if the stored version is still {@code changed.version()}.
     *
     * @return the influencer as now stored, one version on
     * @throws dev.roster.application.error.NotFoundException when the influencer is gone
     * @throws dev.roster.application.error.ConflictException {@code STALE_VERSION}, or {@code DUPLICATE_PERSON}
     */
    Influencer update(Influencer changed);

    /**
     * Replaces the account's details if the stored version is still {@code changed.version()}. Its influencer,
     * platform and metrics stay as stored.
     *
     * @return the account as now stored, one version on
     * @throws dev.roster.application.error.NotFoundException when the account is gone
     * @throws dev.roster.application.error.ConflictException {@code STALE_VERSION}, or {@code DUPLICATE_HANDLE}
     */
    PlatformAccount updateAccount(PlatformAccount changed);

    /** Removes the influencer with all their accounts, metric history and consent records; false if absent. */
    boolean delete(InfluencerId id);

    /** Removes the account with its metric history; its influencer stays. False if absent. */
    boolean deleteAccount(AccountId id);
}

package dev.roster.application.port;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every metric reading ever taken of each account, the latest one shown on the account, and when each account was
 * last collected (successfully or not), which decides when it is due again.
 */
public interface MetricHistory {

    /**
     * Adds a snapshot to the account's history (replacing one taken at the same instant) and shows it as the account's
     * latest metrics unless a newer one is shown already. Counts as a collection attempt at the snapshot's instant.
     * Does not change the account's version.
     *
     * @throws dev.roster.application.error.NotFoundException when the account is gone
     */
    void record(MetricSnapshot snapshot);

    /** The account's most recent snapshots, newest first, at most {@code limit}. */
    List<MetricSnapshot> newestFirst(AccountId account, int limit);

    /**
     * Keeps {@code failure} as the account's last failure (unless a newer one is kept) and counts it as a collection
     * attempt at its instant. Does not change the account's version.
     *
     * @throws dev.roster.application.error.NotFoundException when the account is gone
     */
    void recordFailure(CollectionFailure failure);

    /** The account's last failure, if it ever failed. */
    Optional<CollectionFailure> lastFailure(AccountId account);

    /**
     * The same, for an account as read: a store that keeps accounts with their owner finds it in one request instead
     * of looking the owner up first (every GET of an account asks).
     */
    default Optional<CollectionFailure> lastFailure(PlatformAccount account) {
        return lastFailure(account.id());
    }

    /**
     * Up to {@code limit} accounts of {@code platform} that are due: never attempted, or last attempted (a snapshot or
     * a failure) before {@code attemptedBefore}, and not claimed by an earlier call until after {@code now}. Those
     * last attempted longest ago come first (never attempted before all), then by id. With a positive {@code lease}
     * the accounts returned are claimed until {@code now + lease}, atomically, so that concurrent callers never get
     * the same account and calling again returns the next ones; with {@link Duration#ZERO} nothing is claimed.
     */
    List<PlatformAccount> claimDue(
            PlatformCode platform, Instant attemptedBefore, Instant now, Duration lease, int limit);

    /** The accounts {@link #claimDue} would hand out, claiming none of them: a look that changes nothing. */
    default List<PlatformAccount> due(PlatformCode platform, Instant attemptedBefore, Instant now, int limit) {
        return claimDue(platform, attemptedBefore, now, Duration.ZERO, limit);
    }
}

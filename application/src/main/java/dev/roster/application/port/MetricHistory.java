package dev.roster.application.port;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.MetricSnapshot;
import java.util.List;

/** Every metric reading ever taken of each account, and the latest one shown on the account. */
public interface MetricHistory {

    /**
     * Adds a snapshot to the account's history (replacing one taken at the same instant) and shows it as the account's
     * latest metrics unless a newer one is shown already. Does not change the account's version.
     *
     * @throws dev.roster.application.error.NotFoundException when the account is gone
     */
    void record(MetricSnapshot snapshot);

    /** The account's most recent snapshots, newest first, at most {@code limit}. */
    List<MetricSnapshot> newestFirst(AccountId account, int limit);
}

package dev.roster.application.collection;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.MetricHistory;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCatalog;
import java.util.List;

/** Shows an account's metric history, newest first. */
public final class GetMetricHistory {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final AccountLookup lookup;
    private final MetricHistory history;

    public GetMetricHistory(PlatformCatalog platforms, Influencers influencers, MetricHistory history) {
        this.lookup = new AccountLookup(platforms, influencers);
        this.history = history;
    }

    /**
     * @param limit at most this many snapshots (1-{@value #MAX_LIMIT}); {@value #DEFAULT_LIMIT} when {@code null}
     * @throws dev.roster.application.error.NotFoundException when the platform or the account does not exist
     */
    public List<MetricSnapshot> newestFirst(String platform, String accountId, Integer limit) {
        int max = Limits.check(limit, DEFAULT_LIMIT, MAX_LIMIT);
        PlatformAccount account = lookup.account(lookup.platform(platform), accountId);
        return history.newestFirst(account.id(), max);
    }
}

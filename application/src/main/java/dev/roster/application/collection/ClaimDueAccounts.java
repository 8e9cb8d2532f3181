package dev.roster.application.collection;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.port.MetricHistory;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Hands a collector elsewhere (the office collector) the accounts of a platform that are due, each claimed for
 * {@link #LEASE}: two collectors never read the same account, and one that stops half-way sees its unreported
 * accounts come back when the claim runs out.
 */
public final class ClaimDueAccounts {

    public static final Duration LEASE = Duration.ofMinutes(10);

    private final PlatformCatalog platforms;
    private final CollectionSetup setup;
    private final MetricHistory history;
    private final Targets targets;
    private final Clock clock;

    public ClaimDueAccounts(PlatformCatalog platforms, CollectionSetup setup, MetricHistory history, Clock clock) {
        this.platforms = platforms;
        this.setup = setup;
        this.history = history;
        this.targets = new Targets(history, clock);
        this.clock = clock;
    }

    /**
     * Claims due accounts and answers them with the page to read; accounts with no page to read are recorded as
     * failed and left out.
     *
     * @param limit at most this many (1-{@value ListDueAccounts#MAX_LIMIT}); {@value ListDueAccounts#DEFAULT_LIMIT}
     *              when {@code null}
     * @throws dev.roster.application.error.NotFoundException when there is no such platform
     */
    public List<DueAccount> claim(String platformCode, Integer limit) {
        int max = Limits.check(limit, ListDueAccounts.DEFAULT_LIMIT, ListDueAccounts.MAX_LIMIT);
        Platform platform = AccountLookup.platform(platforms, platformCode);
        PlatformCollection settings = setup.settings(platform.code());
        Instant now = clock.instant();
        List<PlatformAccount> due = history.claimDue(platform.code(), now.minus(settings.every()), now, LEASE, max);
        return due.stream()
                .map(account -> targets.of(account, settings)
                        .map(target -> new DueAccount(account.id(), account.handle(), target.profileUrl())))
                .flatMap(Optional::stream)
                .toList();
    }
}

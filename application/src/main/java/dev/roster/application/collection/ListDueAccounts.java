package dev.roster.application.collection;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.port.MetricHistory;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Shows which accounts of a platform are due for collection now, and the page to read for each, without claiming or
 * changing anything: a look, as {@code GET .../collections/due} is. Accounts with no page to read are left out.
 */
public final class ListDueAccounts {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    private final PlatformCatalog platforms;
    private final CollectionSetup setup;
    private final MetricHistory history;
    private final Clock clock;

    public ListDueAccounts(PlatformCatalog platforms, CollectionSetup setup, MetricHistory history, Clock clock) {
        this.platforms = platforms;
        this.setup = setup;
        this.history = history;
        this.clock = clock;
    }

    /**
     * @param limit at most this many (1-{@value #MAX_LIMIT}); {@value #DEFAULT_LIMIT} when {@code null}
     * @throws dev.roster.application.error.NotFoundException when there is no such platform
     */
    public List<DueAccount> list(String platformCode, Integer limit) {
        int max = Limits.check(limit, DEFAULT_LIMIT, MAX_LIMIT);
        Platform platform = AccountLookup.platform(platforms, platformCode);
        PlatformCollection settings = setup.settings(platform.code());
        Instant now = clock.instant();
        return history.due(platform.code(), now.minus(settings.every()), now, max).stream()
                .map(account -> ProfileUrls.of(account, settings)
                        .map(url -> new DueAccount(account.id(), account.handle(), url)))
                .flatMap(Optional::stream)
                .toList();
    }
}

package dev.roster.application.collection;

import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricHistory;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.PlatformAccount;
import java.time.Clock;
import java.util.Optional;

/**
 * The page to read for an account. An account with no URL of its own on a platform without a URL template can never
 * be collected: that is recorded on the account (staff must add a URL) instead of being tried again and again.
 */
final class Targets {

    private final MetricHistory history;
    private final Clock clock;

    Targets(MetricHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    Optional<CollectionTarget> of(PlatformAccount account, PlatformCollection settings) {
        Optional<CollectionTarget> target = ProfileUrls.of(account, settings)
                .map(url -> new CollectionTarget(account.id(), account.platform(), account.handle(), url));
        if (target.isEmpty()) {
            history.recordFailure(new CollectionFailure(
                    account.id(),
                    CollectionFailure.Status.NOT_FOUND,
                    "the account has no profile URL and platform " + account.platform() + " has no profileUrl template",
                    clock.instant()));
        }
        return target;
    }
}

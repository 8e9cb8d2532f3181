package dev.roster.application.report;

import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricSource;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.Platform;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The metrics of the profiles one report names, each profile read once per report however many rows name it: from the
 * roster when it collected the account within the platform's interval, from the platform (rate limited) otherwise.
 * Safe for the report's threads to share.
 */
final class ProfileMetrics {

    private final Platform platform;
    private final MetricSource source;
    private final RosterProfiles roster;
    private final Duration interval;
    private final Clock clock;
    private final Map<String, CompletableFuture<Profile>> read = new ConcurrentHashMap<>();

    /** @param source the platform's, rate limited; {@code null} when this process does not read its profiles */
    ProfileMetrics(Platform platform, MetricSource source, RosterProfiles roster, Duration interval, Clock clock) {
        this.platform = platform;
        this.source = source;
        this.roster = roster;
        this.interval = interval;
        this.clock = clock;
    }

    /** The profile at {@code url} (on the platform's hosts), read now or earlier in this report. */
    Profile of(URI url) {
        CompletableFuture<Profile> mine = new CompletableFuture<>();
        CompletableFuture<Profile> first = read.putIfAbsent(ProfileKey.of(url), mine);
        if (first != null) {
            return first.join();
        }
        try {
            mine.complete(fetch(url));
        } catch (RuntimeException | Error failed) {
            mine.completeExceptionally(failed);
            throw failed;
        }
        return mine.join();
    }

    private Profile fetch(URI url) {
        Optional<PlatformAccount> known = roster.find(platform.code(), url);
        AccountId id = known.map(PlatformAccount::id).orElse(null);
        Instant now = clock.instant();
        if (known.isPresent()
                && known.get().metrics().isPresent()
                && !known.get().metrics().get().collectedAt().isBefore(now.minus(interval))) {
            return new Profile(
                    known.get().metrics().get(),
                    "metrics from the roster, collected within the " + "platform's interval",
                    id);
        }
        if (source == null) {
            return new Profile(null, "this server does not read " + platform.name() + "'s profiles", id);
        }
        Handle handle = known.map(PlatformAccount::handle)
                .orElseGet(() -> ProfileKey.handle(url)
                        .filter(ProfileMetrics::handle)
                        .map(Handle::of)
                        .orElse(Handle.of("profile")));
        // A profile outside the roster has no account id: the sources read the URL alone.
        CollectionOutcome outcome = source.collect(
                new CollectionTarget(id != null ? id : AccountId.next(now), platform.code(), handle, url));
        if (outcome instanceof CollectionOutcome.Collected collected) {
            return new Profile(collected.reading(), null, id);
        }
        return new Profile(null, "profile: " + reason(outcome), id);
    }

    private static boolean handle(String text) {
        try {
            Handle.of(text);
            return true;
        } catch (IllegalArgumentException notAHandle) {
            return false;
        }
    }

    static String reason(CollectionOutcome outcome) {
        if (outcome instanceof CollectionOutcome.AccountMissing missing) {
            return "no such account (" + missing.reason() + ")";
        }
        if (outcome instanceof CollectionOutcome.AccountPrivate) {
            return "the account is private";
        }
        if (outcome instanceof CollectionOutcome.RateLimited) {
            return "the platform kept answering \"too many requests\"";
        }
        if (outcome instanceof CollectionOutcome.PageChanged changed) {
            return "the page does not show " + changed.metric() + " where the rules look; its layout may have changed";
        }
        if (outcome instanceof CollectionOutcome.TransientFailure failure) {
            return failure.reason();
        }
        return outcome instanceof CollectionOutcome.Refused refused ? refused.reason() : "collected";
    }
}

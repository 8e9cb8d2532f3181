package dev.roster.application.report;

import dev.roster.application.collection.CollectionSetup;
import dev.roster.application.collection.RateLimitedSource;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.port.PostSource;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCode;
import java.time.Clock;
import java.util.Map;

/**
 * What every report reads platforms with: each platform's post source and metric source, both within the platform's
 * one rate limiter (shared with metric collection in the same process), and the roster's accounts.
 */
final class ReportSetup {

    private final CollectionSetup collection;
    private final Map<PlatformCode, PostSource> posts;
    private final RosterProfiles roster;
    private final Clock clock;

    ReportSetup(CollectionSetup collection, Map<PlatformCode, PostSource> posts, AccountSearch search, Clock clock) {
        this.collection = collection;
        this.posts = Map.copyOf(posts);
        this.roster = new RosterProfiles(search, collection);
        this.clock = clock;
    }

    /**
     * The platform's posts, rate limited.
     *
     * @throws InvalidInputException when this process does not read the platform's posts (no {@code posts:} rules, or
     *                               a source it cannot run): the job fails saying so
     */
    PostSource posts(Platform platform) {
        PostSource source = posts.get(platform.code());
        if (source == null) {
            throw InvalidInputException.of(
                    "platform",
                    "this server does not read " + platform.name() + "'s posts: "
                            + "its definition needs posts: rules and a collect: source this server runs");
        }
        return new RateLimitedPosts(source, collection.limiter(platform.code()));
    }

    /** A fresh cache of profiles for one report. */
    ProfileMetrics profiles(Platform platform) {
        var source = collection
                .source(platform.code())
                .map(metrics -> new RateLimitedSource(metrics, collection.limiter(platform.code())))
                .orElse(null);
        return new ProfileMetrics(
                platform, source, roster, collection.settings(platform.code()).every(), clock);
    }

    /** How many requests the platform takes at once: the width of a report's work. */
    int concurrency(Platform platform) {
        return collection.settings(platform.code()).concurrency();
    }
}

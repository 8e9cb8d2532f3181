package dev.roster.domain.influencer;

import dev.roster.domain.platform.PlatformCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One account of an influencer on one platform. An influencer may hold several accounts on the same platform; a
 * handle belongs to at most one account per platform.
 *
 * @param version       the version this copy was read at; a store accepts an edit only against the current one
 * @param latestMetrics the newest metric reading, or {@code null} before the first collection
 */
public record PlatformAccount(
        AccountId id,
        InfluencerId influencerId,
        PlatformCode platform,
        AccountDetails details,
        MetricReading latestMetrics,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public PlatformAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(influencerId, "influencerId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("an account cannot be updated before it was created");
        }
    }

    /** A new account, at its first version, with no metrics yet. */
    public static PlatformAccount register(
            AccountId id, InfluencerId influencerId, PlatformCode platform, AccountDetails details, Instant now) {
        return new PlatformAccount(id, influencerId, platform, details, null, 1, now, now);
    }

    public Handle handle() {
        return details.handle();
    }

    public Optional<MetricReading> metrics() {
        return Optional.ofNullable(latestMetrics);
    }

    /** This account with new details, still at the version it was read at: the store moves it on when it accepts it. */
    public PlatformAccount withDetails(AccountDetails newDetails, Instant now) {
        return new PlatformAccount(
                id, influencerId, platform, newDetails, latestMetrics, version, createdAt, latest(now));
    }

    /** This account as a store keeps it after accepting an edit: one version on. */
    public PlatformAccount nextVersion() {
        return new PlatformAccount(
                id, influencerId, platform, details, latestMetrics, version + 1, createdAt, updatedAt);
    }

    /** This account showing {@code reading} as its latest metrics, unless it already shows a newer one. */
    public PlatformAccount withMetrics(MetricReading reading) {
        if (!NewestWins.replaces(latestMetrics == null ? null : latestMetrics.collectedAt(), reading.collectedAt())) {
            return this;
        }
        return new PlatformAccount(id, influencerId, platform, details, reading, version, createdAt, updatedAt);
    }

    private Instant latest(Instant now) {
        return now.isBefore(createdAt) ? createdAt : now;
    }
}

package dev.roster.application.collection;

import dev.roster.application.port.Meter;
import dev.roster.application.port.MetricSource;
import dev.roster.application.port.Pace;
import dev.roster.domain.platform.PlatformCode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each platform's collection settings, metric source and rate limiter, built once per process so that every worker of
 * the process shares one limiter per platform.
 */
public final class CollectionSetup {

    private final Map<PlatformCode, PlatformCollection> settings;
    private final Map<PlatformCode, MetricSource> sources;
    private final Pace pace;
    private final Meter meter;
    private final Map<PlatformCode, RateLimiter> limiters = new ConcurrentHashMap<>();

    /** @param meter counts collections and rate-limit waits */
    public CollectionSetup(
            Map<PlatformCode, PlatformCollection> settings,
            Map<PlatformCode, MetricSource> sources,
            Pace pace,
            Meter meter) {
        this.settings = Map.copyOf(settings);
        this.sources = Map.copyOf(sources);
        this.pace = pace;
        this.meter = meter;
    }

    /** Where collection and the reports count what they did. */
    public Meter meter() {
        return meter;
    }

    /** The platform's settings, or {@link PlatformCollection#defaults()} when none were given. */
    public PlatformCollection settings(PlatformCode platform) {
        return settings.getOrDefault(platform, PlatformCollection.defaults());
    }

    /** Whether the platform's collection is configured at all; an unconfigured platform is never scheduled. */
    public boolean configured(PlatformCode platform) {
        return settings.containsKey(platform);
    }

    /** Where this process reads the platform's metrics from; empty when it does not collect that platform. */
    public Optional<MetricSource> source(PlatformCode platform) {
        return Optional.ofNullable(sources.get(platform));
    }

    public RateLimiter limiter(PlatformCode platform) {
        return limiters.computeIfAbsent(platform, code -> {
            PlatformCollection of = settings(code);
            return new RateLimiter(
                    of.ratePerMinute(), of.concurrency(), pace, waited -> meter.rateLimitWaited(code, waited));
        });
    }
}

package dev.roster.domain.platform;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The platforms one deployment works with, in the order the agency listed them. */
public final class PlatformCatalog {

    private final Map<PlatformCode, Platform> byCode;

    private PlatformCatalog(Map<PlatformCode, Platform> byCode) {
        this.byCode = byCode;
    }

    public static PlatformCatalog of(Collection<Platform> platforms) {
        if (platforms.isEmpty()) {
            throw new IllegalArgumentException("at least one platform must be configured");
        }
        Map<PlatformCode, Platform> byCode = new LinkedHashMap<>();
        for (Platform platform : platforms) {
            if (byCode.putIfAbsent(platform.code(), platform) != null) {
                throw new IllegalArgumentException("platform " + platform.code() + " is configured twice");
            }
        }
        return new PlatformCatalog(Collections.unmodifiableMap(byCode));
    }

    /**
     * The built-in configuration: {@code a} (followers, daily visitors) on {@code blog.example} and {@code b}
     * (followers) on {@code b.example}. Both are documentation domains (RFC 2606): a deployment names its own
     * platforms and their real hosts in its platform definitions.
     */
    public static PlatformCatalog defaults() {
        return of(List.of(
                new Platform(
                        PlatformCode.of("a"),
                        "Platform A",
                        List.of(MetricName.FOLLOWERS, MetricName.DAILY_VISITORS),
                        PlatformHosts.of("blog.example")),
                new Platform(
                        PlatformCode.of("b"),
                        "Platform B",
                        List.of(MetricName.FOLLOWERS),
                        PlatformHosts.of("b.example"))));
    }

    public Optional<Platform> find(PlatformCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Looks a platform up by the text of its code, so that a malformed code is simply not found. */
    public Optional<Platform> find(String code) {
        return PlatformCode.isWellFormed(code) ? find(PlatformCode.of(code)) : Optional.empty();
    }

    public List<Platform> all() {
        return List.copyOf(byCode.values());
    }
}

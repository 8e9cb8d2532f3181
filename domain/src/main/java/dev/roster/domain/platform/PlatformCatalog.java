package dev.roster.domain.platform;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** The built-in configuration: {@code a} (followers, daily visitors) and {@code b} (followers), any host. */
    public static PlatformCatalog defaults() {
        return of(List.of(
                new Platform(PlatformCode.of("a"), "Platform A",
                        List.of(MetricName.FOLLOWERS, MetricName.DAILY_VISITORS), Set.of()),
                new Platform(PlatformCode.of("b"), "Platform B", List.of(MetricName.FOLLOWERS), Set.of())));
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

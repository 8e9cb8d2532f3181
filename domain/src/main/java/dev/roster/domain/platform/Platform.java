package dev.roster.domain.platform;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A social platform as the agency has configured it: what it is called, which metrics it publishes and, optionally,
 * the hosts its profile URLs must be on. Platforms are configuration, not code.
 *
 * @param code         the short code used in URLs and storage
 * @param name         the display name
 * @param metrics      the metrics collected for its accounts, in display order
 * @param profileHosts hosts (and their subdomains) that profile URLs must be on; empty means any host
 */
public record Platform(PlatformCode code, String name, List<MetricName> metrics, Set<String> profileHosts) {

    public Platform {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("platform " + code + ": name must be 1-100 characters");
        }
        metrics = List.copyOf(metrics);
        if (Set.copyOf(metrics).size() != metrics.size()) {
            throw new IllegalArgumentException("platform " + code + ": metrics must not repeat: " + metrics);
        }
        profileHosts = Set.copyOf(profileHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList());
    }

    /** Whether a profile URL on {@code host} belongs to this platform: any host when none is configured. */
    public boolean acceptsProfileHost(String host) {
        if (profileHosts.isEmpty()) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String candidate = host.toLowerCase(Locale.ROOT);
        return profileHosts.stream().anyMatch(allowed -> candidate.equals(allowed) || candidate.endsWith("." + allowed));
    }

    public boolean publishes(MetricName metric) {
        return metrics.contains(metric);
    }
}

package dev.roster.domain.platform;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A social platform as the agency has configured it: what it is called, which metrics it publishes and the hosts its
 * pages are on. Platforms are configuration, not code.
 *
 * @param code    the short code used in URLs and storage
 * @param name    the display name
 * @param metrics the metrics collected for its accounts, in display order
 * @param hosts   where its profile pages are: profile URLs must be on these, and nothing else is ever fetched for it
 */
public record Platform(PlatformCode code, String name, List<MetricName> metrics, PlatformHosts hosts) {

    public Platform {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hosts, "hosts");
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("platform " + code + ": name must be 1-100 characters");
        }
        metrics = List.copyOf(metrics);
        if (Set.copyOf(metrics).size() != metrics.size()) {
            throw new IllegalArgumentException("platform " + code + ": metrics must not repeat: " + metrics);
        }
    }

    /** Whether {@code url} is an http(s) URL on one of the platform's hosts: what a profile URL must be. */
    public boolean acceptsProfileUrl(URI url) {
        return hosts.accept(url);
    }

    /** Whether the platform publishes a metric of this name; any other text, null included, it does not. */
    public boolean publishes(String metric) {
        return metrics.stream().anyMatch(known -> known.value().equals(metric));
    }
}

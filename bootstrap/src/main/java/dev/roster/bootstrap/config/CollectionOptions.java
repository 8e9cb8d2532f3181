package dev.roster.bootstrap.config;

import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How {@code roster serve} collects metrics: the platform definitions, how often it looks for due work, and workers. */
public final class CollectionOptions {

    @Mixin
    public PlatformOptions platforms;

    @Option(
            names = "--collect-tick",
            defaultValue = "${env:ROSTER_COLLECT_TICK:-PT1M}",
            description = "How often the server looks for accounts due for collection, as an ISO-8601 duration "
                    + "(ROSTER_COLLECT_TICK). Default: ${DEFAULT-VALUE}.")
    public String tick;

    @Option(
            names = "--collect-workers",
            defaultValue = "${env:ROSTER_COLLECT_WORKERS:-2}",
            description = "Collection jobs run at once (ROSTER_COLLECT_WORKERS). Default: ${DEFAULT-VALUE}.")
    public int workers;

    public Duration tick() {
        try {
            Duration parsed = Duration.parse(tick.strip());
            if (parsed.compareTo(Duration.ofMillis(100)) < 0) {
                throw new ConfigurationException("--collect-tick", "must be at least PT0.1S, not " + tick);
            }
            return parsed;
        } catch (java.time.format.DateTimeParseException malformed) {
            throw new ConfigurationException(
                    "--collect-tick", "must be an ISO-8601 duration such as PT1M, not '" + tick + "'");
        }
    }

    public int workers() {
        if (workers < 1 || workers > 32) {
            throw new ConfigurationException("--collect-workers", "must be 1-32, not " + workers);
        }
        return workers;
    }
}

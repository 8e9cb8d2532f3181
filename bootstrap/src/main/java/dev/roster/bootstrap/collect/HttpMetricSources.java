package dev.roster.bootstrap.collect;

import dev.roster.adapters.browser.http.HttpMetricSource;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.application.port.MetricSource;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.PlatformDefinitions;
import dev.roster.bootstrap.config.SourceDefinition;
import dev.roster.domain.platform.PlatformCode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@code http} metric sources of the platforms a process collects, sharing one HTTP client. Apart from the browser
 * sources on purpose: this is all the Lambda worker loads, and nothing here may reach Playwright, which the Lambda zip
 * does not carry.
 */
public final class HttpMetricSources {

    static final String USER_AGENT = "Mozilla/5.0 (compatible; RosterMetricCollector/1.0)";

    private HttpMetricSources() {
    }

    /**
     * @param which the platforms this process collects; those among them read with another source are left out
     * @throws ConfigurationException naming the platform when a selector of its rules is not CSS jsoup understands
     */
    public static Map<PlatformCode, MetricSource> of(PlatformDefinitions definitions, Predicate<PlatformCode> which,
            Clock clock) {
        Map<PlatformCode, MetricSource> sources = new LinkedHashMap<>();
        HttpClient http = null;
        for (var entry : definitions.sources().entrySet()) {
            PlatformCode platform = entry.getKey();
            SourceDefinition source = entry.getValue();
            if (source.kind() == SourceDefinition.Kind.HTTP && which.test(platform)) {
                http = http != null ? http : HttpMetricSource.client(Duration.ofSeconds(10));
                sources.put(platform, source(platform, http, source, clock));
            }
        }
        return sources;
    }

    private static MetricSource source(PlatformCode platform, HttpClient http, SourceDefinition source, Clock clock) {
        try {
            return new HttpMetricSource(http, new PageReader(source.rules()), clock, source.timeout(), USER_AGENT);
        } catch (IllegalArgumentException badRule) {
            throw new ConfigurationException("--platforms-file", "platform " + platform + ": collect.rules."
                    + badRule.getMessage());
        }
    }
}

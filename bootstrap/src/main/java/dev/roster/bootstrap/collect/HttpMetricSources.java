package dev.roster.bootstrap.collect;

import dev.roster.adapters.browser.fetch.AddressLookup;
import dev.roster.adapters.browser.fetch.FetchLimits;
import dev.roster.adapters.browser.fetch.FetchRules;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.http.HttpMetricSource;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.application.port.MetricSource;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.PlatformDefinitions;
import dev.roster.bootstrap.config.SourceDefinition;
import dev.roster.domain.platform.PlatformCode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@code http} metric sources of the platforms a process collects, each with its platform's {@link PageFetcher}.
 * Apart from the browser sources on purpose: this is all the Lambda worker loads, and nothing here may reach
 * Playwright, which the Lambda zip does not carry.
 */
public final class HttpMetricSources {

    static final String USER_AGENT = "Mozilla/5.0 (compatible; RosterMetricCollector/1.0)";

    private HttpMetricSources() {
    }

    /**
     * @param which    the platforms this process collects; those among them read with another source are left out
     * @param maxBytes the most bytes of one page read
     * @throws ConfigurationException naming the platform when a selector of its rules is not CSS jsoup understands
     */
    public static Map<PlatformCode, MetricSource> of(PlatformDefinitions definitions, Predicate<PlatformCode> which,
            long maxBytes, Clock clock) {
        Map<PlatformCode, MetricSource> sources = new LinkedHashMap<>();
        definitions.sources().forEach((platform, source) -> {
            if (source.kind() == SourceDefinition.Kind.HTTP && which.test(platform)) {
                sources.put(platform, source(platform, fetcher(definitions, platform, maxBytes), source, clock));
            }
        });
        return sources;
    }

    /** The fetcher of one platform: its hosts and address rules, its time-out, the page cap. */
    static PageFetcher fetcher(PlatformDefinitions definitions, PlatformCode platform, long maxBytes) {
        return new PageFetcher(new FetchRules(definitions.catalog().find(platform).orElseThrow(),
                AddressLookup.system()), new FetchLimits(definitions.sources().get(platform).timeout(), maxBytes),
                USER_AGENT);
    }

    static MetricSource source(PlatformCode platform, PageFetcher fetcher, SourceDefinition source, Clock clock) {
        try {
            return new HttpMetricSource(fetcher, new PageReader(source.rules()), clock);
        } catch (IllegalArgumentException badRule) {
            fetcher.close();
            throw new ConfigurationException("--platforms-file", "platform " + platform + ": collect.rules."
                    + badRule.getMessage());
        }
    }
}

package dev.roster.bootstrap.collect;

import dev.roster.adapters.browser.fetch.AddressLookup;
import dev.roster.adapters.browser.fetch.FetchLimits;
import dev.roster.adapters.browser.fetch.FetchRules;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.http.HttpMetricSource;
import dev.roster.adapters.browser.http.HttpPostSource;
import dev.roster.adapters.browser.rules.CommentReader;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.adapters.browser.rules.PostReader;
import dev.roster.application.port.MetricSource;
import dev.roster.application.port.PostSource;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.PlatformDefinitions;
import dev.roster.bootstrap.config.SourceDefinition;
import dev.roster.domain.platform.PlatformCode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The {@code http} metric sources of the platforms a process collects, each with its platform's {@link PageFetcher}.
 * Apart from the browser sources on purpose: this is all the Lambda worker loads, and nothing here may reach
 * Playwright, which the Lambda zip does not carry.
 */
public final class HttpMetricSources {

    static final String USER_AGENT = "Mozilla/5.0 (compatible; RosterMetricCollector/1.0)";

    private HttpMetricSources() {}

    /**
     * @param which    the platforms this process collects; those among them read with another source are left out
     * @param maxBytes the most bytes of one page read
     * @throws ConfigurationException naming the platform when a selector of its rules is not CSS jsoup understands
     */
    public static Map<PlatformCode, MetricSource> of(
            PlatformDefinitions definitions, Predicate<PlatformCode> which, long maxBytes, Clock clock) {
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
        return new PageFetcher(
                new FetchRules(definitions.catalog().find(platform).orElseThrow(), AddressLookup.system()),
                new FetchLimits(definitions.sources().get(platform).timeout(), maxBytes),
                USER_AGENT);
    }

    /**
     * The {@code http} post sources of the platforms a process collects that have {@code posts:} rules; each with a
     * fetcher of its own.
     */
    public static Map<PlatformCode, PostSource> posts(
            PlatformDefinitions definitions, Predicate<PlatformCode> which, long maxBytes, Clock clock) {
        Map<PlatformCode, PostSource> posts = new LinkedHashMap<>();
        definitions.sources().forEach((platform, source) -> {
            if (source.kind() == SourceDefinition.Kind.HTTP && source.posts() != null && which.test(platform)) {
                posts(platform, fetcher(definitions, platform, maxBytes), source, clock)
                        .ifPresent(read -> posts.put(platform, read));
            }
        });
        return posts;
    }

    /** The platform's http post source, when it has {@code posts:} rules. */
    static Optional<PostSource> posts(
            PlatformCode platform, PageFetcher fetcher, SourceDefinition source, Clock clock) {
        if (source.posts() == null) {
            return Optional.empty();
        }
        return Optional.of(checked(
                platform, () -> new HttpPostSource(fetcher, new PostReader(source.posts()), comments(source), clock)));
    }

    /** The reader of the platform's comments, or {@code null} when it has no {@code comments:} rules. */
    static CommentReader comments(SourceDefinition source) {
        return source.comments() == null ? null : new CommentReader(source.comments(), new PostReader(source.posts()));
    }

    /** A source built from rules already checked by the file, but for what only the source can check (its CSS). */
    static <T> T checked(PlatformCode platform, Supplier<T> source) {
        try {
            return source.get();
        } catch (IllegalArgumentException badRule) {
            throw new ConfigurationException("--platforms-file", "platform " + platform + ": " + badRule.getMessage());
        }
    }

    static MetricSource source(PlatformCode platform, PageFetcher fetcher, SourceDefinition source, Clock clock) {
        try {
            return new HttpMetricSource(fetcher, new PageReader(source.rules()), clock);
        } catch (IllegalArgumentException badRule) {
            fetcher.close();
            throw new ConfigurationException(
                    "--platforms-file", "platform " + platform + ": collect.rules." + badRule.getMessage());
        }
    }
}

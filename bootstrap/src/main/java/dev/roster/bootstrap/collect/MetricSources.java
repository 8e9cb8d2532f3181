package dev.roster.bootstrap.collect;

import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.playwright.BrowserMetricSource;
import dev.roster.adapters.browser.playwright.BrowserSettings;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.adapters.browser.rules.PostReader;
import dev.roster.application.port.MetricSource;
import dev.roster.application.port.PostSource;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.PlatformDefinitions;
import dev.roster.bootstrap.config.SourceDefinition;
import dev.roster.bootstrap.config.SourceSettings;
import dev.roster.domain.platform.PlatformCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The metric sources of the platforms a process collects, started from their definitions: an http source or Chromium
 * browsers (as many as the platform's concurrency), each fetching through its platform's {@link PageFetcher}. Close it
 * to stop the browsers and let go of the connections.
 */
public final class MetricSources implements AutoCloseable {

    private final Map<PlatformCode, MetricSource> byPlatform;
    private final Map<PlatformCode, PostSource> posts;
    private final List<AutoCloseable> resources;

    private MetricSources(
            Map<PlatformCode, MetricSource> byPlatform,
            Map<PlatformCode, PostSource> posts,
            List<AutoCloseable> resources) {
        this.byPlatform = Map.copyOf(byPlatform);
        this.posts = Map.copyOf(posts);
        this.resources = List.copyOf(resources);
    }

    /**
     * @param which the platforms this process collects
     * @throws ConfigurationException naming the platform when its rules do not suit its source or Chromium does not
     *                                start
     */
    public static MetricSources start(
            PlatformDefinitions definitions, Predicate<PlatformCode> which, SourceSettings settings, Clock clock) {
        Map<PlatformCode, MetricSource> sources = new LinkedHashMap<>();
        Map<PlatformCode, PostSource> posts = new LinkedHashMap<>();
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            for (var entry : definitions.sources().entrySet()) {
                PlatformCode platform = entry.getKey();
                SourceDefinition source = entry.getValue();
                if (!which.test(platform)) {
                    continue;
                }
                PageFetcher fetcher = HttpMetricSources.fetcher(definitions, platform, settings.maxBytes());
                resources.add(fetcher);
                if (source.kind() == SourceDefinition.Kind.HTTP) {
                    sources.put(platform, HttpMetricSources.source(platform, fetcher, source, clock));
                    HttpMetricSources.posts(platform, fetcher, source, clock)
                            .ifPresent(read -> posts.put(platform, read));
                } else {
                    int pages = definitions.collection().get(platform).concurrency();
                    BrowserMetricSource browser = browserSource(
                            platform,
                            new BrowserSettings(
                                    settings.chromium(),
                                    source.timeout(),
                                    pages,
                                    HttpMetricSources.USER_AGENT,
                                    settings.sandbox()),
                            new PageReader(source.rules()),
                            fetcher,
                            clock);
                    // Browsers first: they fetch through the fetcher until they stop.
                    resources.add(0, browser);
                    sources.put(platform, browser);
                    if (source.posts() != null) {
                        posts.put(
                                platform,
                                HttpMetricSources.checked(
                                        platform,
                                        () -> browser.posts(
                                                new PostReader(source.posts()), HttpMetricSources.comments(source))));
                    }
                }
            }
        } catch (RuntimeException failed) {
            closeAll(resources);
            throw failed;
        }
        return new MetricSources(sources, posts, resources);
    }

    /** Whether any of the platforms a process collects is read with a browser. */
    public static boolean anyBrowser(PlatformDefinitions definitions, Predicate<PlatformCode> which) {
        return definitions.sources().entrySet().stream()
                .anyMatch(entry ->
                        which.test(entry.getKey()) && entry.getValue().kind() == SourceDefinition.Kind.BROWSER);
    }

    private static BrowserMetricSource browserSource(
            PlatformCode platform, BrowserSettings settings, PageReader reader, PageFetcher fetcher, Clock clock) {
        try {
            return BrowserMetricSource.start(settings, reader, fetcher, clock);
        } catch (IllegalStateException noBrowser) {
            throw new ConfigurationException(
                    "--chromium",
                    "platform " + platform + " is read with a browser, but " + noBrowser.getMessage()
                            + " (on Debian: apt-get install -y chromium)");
        }
    }

    public Map<PlatformCode, MetricSource> byPlatform() {
        return byPlatform;
    }

    /** The post sources of the platforms with {@code posts:} rules, reading through the same fetchers and browsers. */
    public Map<PlatformCode, PostSource> posts() {
        return posts;
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> closeables) {
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Stopping: a browser that will not close dies with the process anyway.
            }
        }
    }
}

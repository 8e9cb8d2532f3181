package dev.roster.bootstrap.collect;

import dev.roster.adapters.browser.playwright.BrowserMetricSource;
import dev.roster.adapters.browser.playwright.BrowserSettings;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.application.port.MetricSource;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.PlatformDefinitions;
import dev.roster.bootstrap.config.SourceDefinition;
import dev.roster.domain.platform.PlatformCode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The metric sources of the platforms a process collects, started from their definitions: the http sources
 * ({@link HttpMetricSources}), and Chromium browsers (as many as the platform's concurrency) for each browser source.
 * Close it to stop the browsers.
 */
public final class MetricSources implements AutoCloseable {

    private final Map<PlatformCode, MetricSource> byPlatform;
    private final List<AutoCloseable> browsers;

    private MetricSources(Map<PlatformCode, MetricSource> byPlatform, List<AutoCloseable> browsers) {
        this.byPlatform = Map.copyOf(byPlatform);
        this.browsers = List.copyOf(browsers);
    }

    /**
     * @param which the platforms this process collects
     * @throws ConfigurationException naming the platform when its rules do not suit its source or Chromium does not
     *                                start
     */
    public static MetricSources start(PlatformDefinitions definitions, Predicate<PlatformCode> which, Path chromium,
            Clock clock) {
        Map<PlatformCode, MetricSource> sources = new LinkedHashMap<>(HttpMetricSources.of(definitions, which, clock));
        List<AutoCloseable> browsers = new ArrayList<>();
        try {
            for (var entry : definitions.sources().entrySet()) {
                PlatformCode platform = entry.getKey();
                SourceDefinition source = entry.getValue();
                if (source.kind() == SourceDefinition.Kind.BROWSER && which.test(platform)) {
                    int pages = definitions.collection().get(platform).concurrency();
                    BrowserMetricSource browser = browserSource(platform, new BrowserSettings(chromium,
                            source.timeout(), pages, HttpMetricSources.USER_AGENT),
                            new PageReader(source.rules()), clock);
                    browsers.add(browser);
                    sources.put(platform, browser);
                }
            }
        } catch (RuntimeException failed) {
            closeAll(browsers);
            throw failed;
        }
        return new MetricSources(sources, browsers);
    }

    private static BrowserMetricSource browserSource(PlatformCode platform, BrowserSettings settings,
            PageReader reader, Clock clock) {
        try {
            return BrowserMetricSource.start(settings, reader, clock);
        } catch (IllegalStateException noBrowser) {
            throw new ConfigurationException("--chromium", "platform " + platform + " is read with a browser, but "
                    + noBrowser.getMessage() + " (on Debian: apt-get install -y chromium)");
        }
    }

    public Map<PlatformCode, MetricSource> byPlatform() {
        return byPlatform;
    }

    @Override
    public void close() {
        closeAll(browsers);
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

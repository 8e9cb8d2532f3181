package dev.roster.bootstrap.serve;

import dev.roster.adapters.browser.fetch.FetchLimits;
import dev.roster.adapters.http.routes.PlatformsDocument;
import dev.roster.application.Roster;
import dev.roster.application.port.JobQueue;
import dev.roster.bootstrap.collect.MetricSources;
import dev.roster.bootstrap.config.PlatformDefinitions;
import dev.roster.bootstrap.config.SourceSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * What the local server needs for metric collection: the platform definitions, the sources of the platforms it
 * collects itself (not those of the office collector), and the timer's pace.
 */
public final class CollectionWiring implements AutoCloseable {

    private final PlatformDefinitions definitions;
    private final MetricSources sources;
    private final Duration tick;
    private final int workers;

    private CollectionWiring(PlatformDefinitions definitions, MetricSources sources, Duration tick, int workers) {
        this.definitions = definitions;
        this.sources = sources;
        this.tick = tick;
        this.workers = workers;
    }

    /** Starts the sources of the platforms the server collects. */
    public static CollectionWiring start(
            PlatformDefinitions definitions, SourceSettings settings, Duration tick, int workers, Clock clock) {
        MetricSources sources = MetricSources.start(definitions, definitions::collectedByTheServer, settings, clock);
        return new CollectionWiring(definitions, sources, tick, workers);
    }

    /** The built-in platforms, nothing collected. */
    public static CollectionWiring none() {
        return start(
                PlatformDefinitions.builtIn(),
                new SourceSettings(Path.of("chromium"), FetchLimits.DEFAULT_MAX_BYTES, true),
                Duration.ofMinutes(1),
                1,
                Clock.systemUTC());
    }

    /** Gives the roster its platforms, collection settings, sources and collection queue. */
    public Roster.Builder configure(Roster.Builder builder, JobQueue queue) {
        definitions.applyTo(builder).collection(queue);
        sources.byPlatform().forEach(builder::metricSource);
        sources.posts().forEach(builder::postSource);
        return builder;
    }

    /** The platform definitions as loaded, which the API hands the office collector. */
    public PlatformsDocument definitionsDocument() {
        return definitions.document();
    }

    /** The timer and its workers, when there is anything for the server to collect; nothing to stop otherwise. */
    public AutoCloseable startTimer(Roster roster, JobQueue queue, PrintStream log) {
        if (sources.byPlatform().isEmpty()) {
            return () -> {};
        }
        return CollectionTimer.start(roster, queue, tick, workers, log);
    }

    @Override
    public void close() {
        sources.close();
    }
}

package dev.roster.bootstrap.config;

import dev.roster.adapters.http.routes.PlatformsDocument;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.application.Roster;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import dev.roster.domain.platform.PlatformCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platforms as configured: the catalog, and for each platform that is collected, how (its collection settings and
 * its source with rules). Platforms without a {@code collect} section are kept but never collected.
 *
 * @param document the definitions as written (JSON of the file's shape), which the server hands the office collector
 */
public record PlatformDefinitions(
        PlatformCatalog catalog,
        Map<PlatformCode, PlatformCollection> collection,
        Map<PlatformCode, SourceDefinition> sources,
        PlatformsDocument document) {

    public PlatformDefinitions {
        collection = Map.copyOf(collection);
        sources = Map.copyOf(sources);
    }

    /** The built-in platforms ({@code a}, {@code b}), none of them collected: collecting needs rules from a file. */
    public static PlatformDefinitions builtIn() {
        PlatformCatalog catalog = PlatformCatalog.defaults();
        return new PlatformDefinitions(
                catalog, Map.of(), Map.of(), PlatformsDocument.describing(catalog, new JsonCodec()));
    }

    /** Whether the deployment itself collects the platform on its schedule (not the office collector, not nobody). */
    public boolean collectedByTheServer(PlatformCode platform) {
        PlatformCollection settings = collection.get(platform);
        return settings != null && settings.collector() == PlatformCollection.Collector.SERVER;
    }

    /** The platforms only the office collector reads, in the catalog's order. */
    public List<PlatformCode> collectedByTheOffice() {
        return catalog.all().stream()
                .map(Platform::code)
                .filter(code -> collection.containsKey(code)
                        && collection.get(code).collector() == PlatformCollection.Collector.OFFICE)
                .toList();
    }

    /**
     * These definitions for a deployment that cannot run the {@code kind} of source: the platforms read with it are
     * left to the office collector, so the deployment never schedules them and hands them to {@code roster collect}.
     */
    public PlatformDefinitions leavingToTheOffice(SourceDefinition.Kind kind) {
        Map<PlatformCode, PlatformCollection> adjusted = new LinkedHashMap<>(collection);
        sources.forEach((platform, source) -> {
            if (source.kind() == kind) {
                PlatformCollection settings = collection.get(platform);
                adjusted.put(
                        platform,
                        new PlatformCollection(
                                settings.profileUrlTemplate(),
                                settings.every(),
                                settings.ratePerMinute(),
                                settings.concurrency(),
                                PlatformCollection.Collector.OFFICE));
            }
        });
        // The document stays as written: the office collector reads pages by it, whoever collects them.
        return new PlatformDefinitions(catalog, adjusted, sources, document);
    }

    /** Gives the roster these platforms and their collection settings (the metric sources are the process's own). */
    public Roster.Builder applyTo(Roster.Builder builder) {
        builder.platforms(catalog);
        collection.forEach(builder::platformCollection);
        return builder;
    }
}

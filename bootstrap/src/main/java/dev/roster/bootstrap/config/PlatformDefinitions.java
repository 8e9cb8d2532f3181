package dev.roster.bootstrap.config;

import dev.roster.application.collection.PlatformCollection;
import dev.roster.domain.platform.PlatformCatalog;
import dev.roster.domain.platform.PlatformCode;
import java.util.Map;

/**
 * The platforms as configured: the catalog, and for each platform that is collected, how (its collection settings and
 * its source with rules). Platforms without a {@code collect} section are kept but never collected.
 */
public record PlatformDefinitions(PlatformCatalog catalog, Map<PlatformCode, PlatformCollection> collection,
        Map<PlatformCode, SourceDefinition> sources) {

    public PlatformDefinitions {
        collection = Map.copyOf(collection);
        sources = Map.copyOf(sources);
    }

    /** The built-in platforms ({@code a}, {@code b}), none of them collected: collecting needs rules from a file. */
    public static PlatformDefinitions builtIn() {
        return new PlatformDefinitions(PlatformCatalog.defaults(), Map.of(), Map.of());
    }
}

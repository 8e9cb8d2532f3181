package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import dev.roster.domain.platform.PlatformHost;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform definitions a deployment loaded, as JSON of the definitions file's own shape ({@code {"platforms":
 * [...]}}): what {@code GET /api/platforms/definitions} hands the office collector, so the office machine needs no copy
 * of the server's file. Immutable.
 */
public final class PlatformsDocument {

    private final byte[] json;

    private PlatformsDocument(byte[] json) {
        this.json = json.clone();
    }

    /** @param json the definitions as loaded, already converted to JSON (the file may be YAML) */
    public static PlatformsDocument of(byte[] json) {
        return new PlatformsDocument(json);
    }

    /**
     * The definitions of platforms known without a file: each one's code, name, hosts and metrics, no {@code collect}
     * section, as a deployment on the built-in platforms would write them.
     */
    public static PlatformsDocument describing(PlatformCatalog catalog, JsonCodec codec) {
        List<Map<String, Object>> platforms =
                catalog.all().stream().map(PlatformsDocument::entry).toList();
        return new PlatformsDocument(codec.write(Map.of("platforms", platforms)));
    }

    private static Map<String, Object> entry(Platform platform) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", platform.code().value());
        entry.put("name", platform.name());
        entry.put(
                "hosts",
                platform.hosts().entries().stream().map(PlatformHost::toString).toList());
        if (platform.hosts().privateAddressesAllowed()) {
            entry.put("allowPrivateAddresses", true);
        }
        entry.put("metrics", platform.metrics().stream().map(MetricName::value).toList());
        return entry;
    }

    /** The document's JSON text. */
    byte[] json() {
        return json.clone();
    }
}

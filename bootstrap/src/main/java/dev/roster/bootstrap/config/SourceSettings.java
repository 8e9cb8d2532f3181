package dev.roster.bootstrap.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a process's metric sources need besides the platform definitions.
 *
 * @param chromium the browser the browser source drives
 * @param maxBytes the most bytes of one page read ({@code ROSTER_COLLECT_MAX_BYTES}); a larger page is refused
 * @param sandbox  whether Chromium keeps its sandbox (it cannot when the process runs as root)
 */
public record SourceSettings(Path chromium, long maxBytes, boolean sandbox) {

    public SourceSettings {
        Objects.requireNonNull(chromium, "chromium");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }
}

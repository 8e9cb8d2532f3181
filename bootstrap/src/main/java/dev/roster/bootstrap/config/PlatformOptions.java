package dev.roster.bootstrap.config;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the platform definitions come from (a file of yours, or the two built-in platforms) and how pages are read. */
public final class PlatformOptions {

    /** A page is read into memory: beyond this one page of each concurrent read could take the heap. */
    private static final long MAX_PAGE_BYTES = 64L * 1024 * 1024;

    @Option(
            names = PlatformsFile.SETTING,
            defaultValue = "${env:ROSTER_PLATFORMS_FILE}",
            description = "YAML (or JSON) file defining the platforms and how their metrics are collected; replaces "
                    + "the built-in platforms a and b, which are not collected (ROSTER_PLATFORMS_FILE).")
    public Path platformsFile;

    private static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

    @Option(
            names = "--chromium",
            defaultValue = "${env:ROSTER_CHROMIUM:-" + DEFAULT_CHROMIUM + "}",
            description = "The Chromium (or Chrome) the browser source drives; Debian's package by default "
                    + "(ROSTER_CHROMIUM). Default: ${DEFAULT-VALUE}.")
    public Path chromium;

    @Option(
            names = "--collect-max-bytes",
            defaultValue = "${env:ROSTER_COLLECT_MAX_BYTES:-2097152}",
            description = "The most bytes of one platform page read when collecting metrics; a larger page is refused "
                    + "and recorded as such (ROSTER_COLLECT_MAX_BYTES). Default: ${DEFAULT-VALUE} (2 MB).")
    public String collectMaxBytes;

    /**
     * A browser named on purpose ({@code --chromium} or {@code ROSTER_CHROMIUM}, not the default) must be there, even
     * when no platform reads pages with it yet; the default is looked for only when a platform needs it.
     */
    public void checkChromiumIfGiven() {
        if (chromium == null || chromium.toString().isBlank()) {
            throw new ConfigurationException("--chromium", "is empty");
        }
        if (!chromium.equals(Path.of(DEFAULT_CHROMIUM)) && !Files.isExecutable(chromium)) {
            throw new ConfigurationException("--chromium", "is not an executable browser: " + chromium);
        }
    }

    /** The definitions, checked. */
    public PlatformDefinitions load() {
        return PlatformsFile.load(platformsFile);
    }

    /** What the metric sources need: the browser, the page cap, and whether Chromium keeps its sandbox. */
    public SourceSettings sourceSettings(boolean sandbox) {
        return new SourceSettings(chromium, maxBytes(), sandbox);
    }

    private long maxBytes() {
        try {
            long bytes = Long.parseLong(collectMaxBytes.strip());
            if (bytes >= 1 && bytes <= MAX_PAGE_BYTES) {
                return bytes;
            }
        } catch (NumberFormatException notANumber) {
            // Told below, with what is allowed.
        }
        throw new ConfigurationException(
                "--collect-max-bytes",
                "must be a number of bytes from 1 to " + MAX_PAGE_BYTES + ", not '" + collectMaxBytes + "'");
    }
}

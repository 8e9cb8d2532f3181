package dev.roster.bootstrap.config;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the platform definitions come from: a file of yours, or the two built-in platforms. */
public final class PlatformOptions {

    @Option(names = PlatformsFile.SETTING, defaultValue = "${env:ROSTER_PLATFORMS_FILE}",
            description = "YAML (or JSON) file defining the platforms and how their metrics are collected; replaces "
                    + "the built-in platforms a and b, which are not collected (ROSTER_PLATFORMS_FILE).")
    public Path platformsFile;

    @Option(names = "--chromium", defaultValue = "${env:ROSTER_CHROMIUM:-/usr/bin/chromium}",
            description = "The Chromium (or Chrome) the browser source drives; Debian's package by default "
                    + "(ROSTER_CHROMIUM). Default: ${DEFAULT-VALUE}.")
    public Path chromium;

    /** The definitions, checked. */
    public PlatformDefinitions load() {
        return PlatformsFile.load(platformsFile);
    }
}

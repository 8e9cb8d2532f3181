package dev.roster.adapters.excel;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The zip-bomb guards of POI, which POI keeps process-wide. They are set once, to the same constants, by whoever reads
 * first: no request can change them, so they are configuration rather than shared mutable state.
 */
final class PoiLimits {

    /** An entry may inflate at most 1:100 (POI's default): a real sheet compresses 1:5 to 1:20. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a 100,000-row workbook comes near this; a bomb's single entry does. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    /** Shared strings and other text parts: 100,000 rows of six cells stay well under this. */
    static final long MAX_TEXT_CHARS = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    private PoiLimits() {}

    /** Makes sure the limits are in force before a workbook is opened. */
    static void apply() {
        // The static initialiser did the work; calling this loads the class.
    }
}

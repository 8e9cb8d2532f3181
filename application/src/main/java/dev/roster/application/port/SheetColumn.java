package dev.roster.application.port;

import java.util.Objects;

/**
 * A column of a workbook Roster writes.
 *
 * @param width the width in characters
 */
public record SheetColumn(String label, Kind kind, int width) {

    /** How a column's cells are written and formatted. */
    public enum Kind {
        /** Written as text, never as a formula, whatever it starts with. */
        TEXT,
        /** A whole number with thousands separators. */
        NUMBER,
        /** A date and time. */
        DATE_TIME
    }

    public SheetColumn {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column width must be 1-255 characters");
        }
    }
}

package dev.roster.application.port;

import java.util.Objects;

/**
 * A column of a workbook Roster writes.
 *
 * @param width     the width in characters
 * @param prompt    what Excel shows when a cell of the column is selected (data validation's input message), or
 *                  {@code null}
 * @param maxLength the most characters Excel lets a person type into the column (data validation), 0 for no limit
 */
public record SheetColumn(String label, Kind kind, int width, String prompt, int maxLength) {

    /** How a column's cells are written and formatted. */
    public enum Kind {
        /** Written as text, never as a formula, whatever it starts with. */
        TEXT,
        /** A whole number with thousands separators. */
        NUMBER,
        /** A date and time. */
        DATE_TIME,
        /** A calendar date. */
        DATE
    }

    public SheetColumn {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column width must be 1-255 characters");
        }
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be 0 (none) or more");
        }
    }

    /** A column with no typing aid. */
    public SheetColumn(String label, Kind kind, int width) {
        this(label, kind, width, null, 0);
    }

    /** This column with an input message and a length limit that Excel enforces as the cell is typed. */
    public SheetColumn guided(String newPrompt, int newMaxLength) {
        return new SheetColumn(label, kind, width, newPrompt, newMaxLength);
    }
}

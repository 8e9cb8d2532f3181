package dev.roster.adapters.excel;

import dev.roster.application.error.InvalidInputException;

/**
 * What an uploaded workbook may hold before Roster refuses it, with a plain reason, before holding it in memory. The
 * zip-bomb guards of {@link PoiLimits} bound how far parts inflate; these bound what the parts may ask Roster to keep.
 */
final class WorkbookLimits {

    /** Excel's own limit for the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    /** All the text of one row: as much as one cell may hold; a roster's row holds a few hundred characters. */
    static final int MAX_ROW_CHARS = 32_767;
    /** Columns read in any row: a roster has a dozen; Excel's own 16,384 (XFD) are an attack on memory. */
    static final int MAX_COLUMNS = 256;
    /**
     * The shared-strings part, as XML: 100,000 rows of distinct names, handles, e-mails and URLs come to under 20 MB;
     * every string is kept in memory while the sheet is read.
     */
    static final long MAX_SHARED_STRINGS_BYTES = 32L * 1024 * 1024;
    /** Distinct strings the shared-strings part may hold: six distinct cells per row for 100,000 rows and more. */
    static final int MAX_SHARED_STRINGS = 1_000_000;
    /** The styles part, as XML: POI holds it as objects ten times its size; real workbooks' are well under 1 MB. */
    static final long MAX_STYLES_BYTES = 4L * 1024 * 1024;

    private static final String FILE = "file";

    private WorkbookLimits() {}

    /** @param where the cell ("cell B7") or the shared text the refusal is about */
    static InvalidInputException textTooLong(String where) {
        return InvalidInputException.of(
                FILE,
                where + " holds more than " + String.format("%,d", MAX_CELL_CHARS)
                        + " characters, Excel's own limit for a cell; it was not read");
    }

    static InvalidInputException rowTooLong(int row) {
        return InvalidInputException.of(
                FILE,
                "row " + row + " holds more than " + String.format("%,d", MAX_ROW_CHARS)
                        + " characters in all; it was not read");
    }

    static InvalidInputException tooWide(int row, String column) {
        return InvalidInputException.of(
                FILE,
                "row " + row + " has a value in column " + column + "; Roster reads at " + "most " + MAX_COLUMNS
                        + " columns (A to IV): remove what is right of the table and upload it again");
    }

    static InvalidInputException partTooLarge(String part, long limit) {
        return InvalidInputException.of(
                FILE,
                "has a " + part + " part larger than " + limit / (1024 * 1024)
                        + " MB, far more than a roster needs; it was not read");
    }

    static InvalidInputException tooManyStrings() {
        return InvalidInputException.of(
                FILE,
                "holds more than " + String.format("%,d", MAX_SHARED_STRINGS)
                        + " distinct texts, far more than a roster needs; it was not read");
    }
}

package dev.roster.application.port;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/** Writes workbooks for staff (exports, templates, import error reports), streaming rows to {@code out}. */
public interface SpreadsheetWriter {

    /** Writes one worksheet with a styled, frozen header row of {@code columns}, then {@code rows}. */
    default void write(String sheetName, List<SheetColumn> columns, Iterator<SheetOutputRow> rows, OutputStream out) {
        try (SheetStream sheet = start(sheetName, columns)) {
            rows.forEachRemaining(sheet::add);
            sheet.finish(out);
        }
    }

    /**
     * Starts a worksheet like {@link #write}'s, to which rows are added one at a time as they become known (the
     * failed rows of an import, say): only a window of them is held in memory, the rest waits on disk.
     */
    SheetStream start(String sheetName, List<SheetColumn> columns);

    /** A worksheet being written. Close it in any case: that lets go of what its rows took. */
    interface SheetStream extends AutoCloseable {

        void add(SheetOutputRow row);

        /**
         * Ends the worksheet rows were added to and starts another in the same workbook, with its own styled, frozen
         * header; the rows added next go there.
         */
        void nextSheet(String sheetName, List<SheetColumn> columns);

        /** Writes the workbook, with every row added, to {@code out}. */
        void finish(OutputStream out);

        /** Lets go of the rows' temporary storage; a workbook not finished by then is lost. */
        @Override
        void close();
    }
}

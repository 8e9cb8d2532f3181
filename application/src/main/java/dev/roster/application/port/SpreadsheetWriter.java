package dev.roster.application.port;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/** Writes workbooks for staff (exports, templates, import error reports), streaming rows to {@code out}. */
public interface SpreadsheetWriter {

    /** Writes one worksheet with a styled, frozen header row of {@code columns}, then {@code rows}. */
    void write(String sheetName, List<SheetColumn> columns, Iterator<SheetOutputRow> rows, OutputStream out);
}

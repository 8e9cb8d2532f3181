package dev.roster.application.port;

import java.io.InputStream;
import java.util.function.Consumer;

/** Reads the workbooks staff upload, streaming, without holding the whole workbook in memory. */
public interface SpreadsheetReader {

    /**
     * Hands the first worksheet's rows, in order, to {@code rows}; rows with no text are skipped.
     *
     * @throws dev.roster.application.error.InvalidInputException when the file is not a workbook this reader can read
     *         safely (corrupt, encrypted, a zip bomb, external entities), or holds more than {@code maxRows} rows
     */
    void read(InputStream workbook, int maxRows, Consumer<SheetRow> rows);
}

package dev.roster.adapters.excel;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Turns the SAX events of one worksheet into {@link SheetRow}s, skipping rows with no text and counting the rest. A row
 * with a value past the {@value WorkbookLimits#MAX_COLUMNS}th column, or more text than one cell may hold, is refused
 * before it is held: no empty cells are made up to reach column XFD.
 */
final class RowCollector implements SheetContentsHandler {

    /** Past Excel's own last column (XFD) a cell reference is not one a workbook can hold. */
    private static final int EXCEL_COLUMNS = 16_384;

    private final int maxRows;
    private final Consumer<SheetRow> rows;
    private List<String> cells = new ArrayList<>();
    private int rowNumber;
    private int rowChars;
    private int emitted;

    RowCollector(int maxRows, Consumer<SheetRow> rows) {
        this.maxRows = maxRows;
        this.rows = rows;
    }

    @Override
    public void startRow(int rowIndex) {
        rowNumber = rowIndex + 1;
        rowChars = 0;
        cells = new ArrayList<>();
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
        int column = reference == null ? cells.size() : column(reference);
        String text = formattedValue == null ? "" : formattedValue;
        if (column < 0 || column >= WorkbookLimits.MAX_COLUMNS) {
            if (column >= 0 && !text.isBlank()) {
                throw WorkbookLimits.tooWide(rowNumber, columnName(reference));
            }
            return;
        }
        rowChars += text.length();
        if (rowChars > WorkbookLimits.MAX_ROW_CHARS) {
            throw WorkbookLimits.rowTooLong(rowNumber);
        }
        while (cells.size() < column) {
            cells.add("");
        }
        if (cells.size() == column) {
            cells.add(text);
        } else {
            cells.set(column, text);
        }
    }

    /** The 0-based column of a reference such as {@code AB12}; parsed by hand, as it runs for every cell. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c != '$') {
                break;
            }
            if (column > EXCEL_COLUMNS) {
                return EXCEL_COLUMNS;
            }
        }
        return column - 1;
    }

    /** The column letters of a reference such as {@code XFD7}. */
    private static String columnName(String reference) {
        if (reference == null) {
            return "beyond " + WorkbookLimits.MAX_COLUMNS;
        }
        int end = 0;
        while (end < reference.length() && end < 3 && Character.isUpperCase(reference.charAt(end))) {
            end++;
        }
        return end == 0 ? "beyond " + WorkbookLimits.MAX_COLUMNS : reference.substring(0, end);
    }

    @Override
    public void endRow(int rowIndex) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (++emitted > maxRows) {
            throw InvalidInputException.of("file", "has more than " + maxRows + " rows; split it into smaller files");
        }
        try {
            rows.accept(new SheetRow(rowNumber, cells));
        } catch (RuntimeException consumerFailed) {
            throw new ConsumerFailure(consumerFailed);
        }
    }

    @Override
    public void headerFooter(String text, boolean isHeader, String tagName) {
        // Page headers and footers are print settings, not data.
    }

    /** What the row consumer threw, carried through the XML parser untouched so it is not taken for a bad file. */
    static final class ConsumerFailure extends RuntimeException {

        ConsumerFailure(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }
}

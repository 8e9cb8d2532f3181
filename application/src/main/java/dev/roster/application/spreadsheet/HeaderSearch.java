package dev.roster.application.spreadsheet;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.SheetRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Finds the header among the first rows of a sheet (below at most {@value #TITLE_ROWS} title or blank rows), then
 * hands each data row after it on. Rows are held back only until the header is known. A data row with a value right of
 * the header's last column is refused: the table ends there, and a sheet of values out to column XFD is an attack on
 * memory, not a roster.
 */
final class HeaderSearch implements Consumer<SheetRow> {

    static final int TITLE_ROWS = 5;

    /** What the rows after the header go to. */
    interface DataRows {

        void header(ImportHeader header);

        void row(SheetRow row);
    }

    private final DataRows data;
    private final List<SheetRow> early = new ArrayList<>();
    private ImportHeader header;

    HeaderSearch(DataRows data) {
        this.data = data;
    }

    @Override
    public void accept(SheetRow row) {
        if (header != null) {
            dataRow(row);
        } else if (row.number() <= TITLE_ROWS + 1) {
            early.add(row);
        } else {
            decide();
            dataRow(row);
        }
    }

    /** Ends the sheet: decides the header if the sheet was too short to do it earlier. */
    void finish() {
        if (header == null) {
            decide();
        }
    }

    private void decide() {
        ImportHeader best = null;
        for (SheetRow row : early) {
            ImportHeader candidate = ImportHeader.of(row);
            if (candidate.recognised() > 0 && (best == null || candidate.recognised() > best.recognised())) {
                best = candidate;
            }
        }
        if (best == null) {
            throw InvalidInputException.of(
                    "file",
                    "has no header row: none of its first " + (TITLE_ROWS + 1)
                            + " rows names the columns "
                            + Arrays.stream(ImportColumn.values())
                                    .filter(ImportColumn::required)
                                    .map(ImportColumn::labels)
                                    .collect(Collectors.joining(", ")));
        }
        best.requireColumns();
        header = best;
        data.header(header);
        for (SheetRow row : early) {
            if (row.number() > header.rowNumber()) {
                dataRow(row);
            }
        }
        early.clear();
    }

    private void dataRow(SheetRow row) {
        int width = header.labels().size();
        for (int column = width; column < row.cells().size(); column++) {
            if (!row.cells().get(column).isBlank()) {
                throw InvalidInputException.of(
                        "file",
                        "row " + row.number() + " has a value in column "
                                + columnName(column) + ", right of the header's last column " + columnName(width - 1)
                                + "; remove what is right of the table and upload it again");
            }
        }
        data.row(row);
    }

    /** Excel's name of a 0-based column: A, B, ..., Z, AA, ... */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}

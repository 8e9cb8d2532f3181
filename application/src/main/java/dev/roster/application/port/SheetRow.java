package dev.roster.application.port;

import java.util.List;

/**
 * One row of an uploaded worksheet, as the text a person sees in each cell.
 *
 * @param number the row number Excel shows (1-based)
 * @param cells  the cells from column A on; an empty cell is {@code ""}
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        if (number < 1) {
            throw new IllegalArgumentException("row numbers start at 1");
        }
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index} (0-based), {@code ""} past the last one. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}

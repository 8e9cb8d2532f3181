package dev.roster.application.spreadsheet;

import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.error.FieldError;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.SheetRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of an upload: where it is, its labels verbatim, and which column holds which field. Columns may come
 * in any order; columns it does not know are kept for the error file; a second column of one field is one of those.
 *
 * @param rowNumber the row Excel shows it on
 * @param labels    every header cell up to the last labelled one, as uploaded (padding too: the error file copies them)
 */
public record ImportHeader(int rowNumber, List<String> labels, Map<ImportColumn, Integer> columns) {

    public ImportHeader {
        labels = List.copyOf(labels);
        Map<ImportColumn, Integer> copy = new EnumMap<>(ImportColumn.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
    }

    /** Reads a row as a header: whatever labels it has. */
    public static ImportHeader of(SheetRow row) {
        List<String> labels = new ArrayList<>(row.cells());
        while (!labels.isEmpty() && labels.get(labels.size() - 1).isBlank()) {
            labels.remove(labels.size() - 1);
        }
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < labels.size(); i++) {
            int index = i;
            ImportColumn.named(labels.get(i)).ifPresent(column -> columns.putIfAbsent(column, index));
        }
        return new ImportHeader(row.number(), labels, columns);
    }

    /** How many known columns the row names: the row naming most is the header. */
    public int recognised() {
        return columns.size();
    }

    /** @throws InvalidInputException naming every required column that is missing */
    public void requireColumns() {
        List<FieldError> missing = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                missing.add(new FieldError(
                        "file",
                        "has no " + column.labels() + " column in its header row (row " + rowNumber
                                + "); it is required"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    /** Whether staff wrote the header in Korean: then the error file speaks Korean too. */
    public boolean korean() {
        return columns.values().stream()
                .map(labels::get)
                .anyMatch(label -> label.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL));
    }

    /** The 0-based column of {@code column}, or -1. */
    public int index(ImportColumn column) {
        return columns.getOrDefault(column, -1);
    }

    /** The label staff gave the column of a command field, or its canonical label when there is no such column. */
    public String labelOf(String field) {
        return ImportColumn.forField(field)
                .map(column -> columns.containsKey(column)
                        ? labels.get(columns.get(column)).strip()
                        : column.labels())
                .orElse(field);
    }

    /** The row as the command the API would have received. */
    public RegisterAccountCommand command(String platform, SheetRow row) {
        return new RegisterAccountCommand(
                platform,
                cell(row, ImportColumn.NAME),
                cell(row, ImportColumn.PHONE),
                cell(row, ImportColumn.HANDLE),
                cell(row, ImportColumn.PROFILE_URL),
                cell(row, ImportColumn.EMAIL),
                cell(row, ImportColumn.NOTES));
    }

    private String cell(SheetRow row, ImportColumn column) {
        int index = index(column);
        return index < 0 ? null : row.cell(index);
    }
}

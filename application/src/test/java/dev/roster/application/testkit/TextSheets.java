package dev.roster.application.testkit;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.port.SheetRow;
import dev.roster.application.port.SpreadsheetReader;
import dev.roster.application.port.SpreadsheetWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Spreadsheets as tab-separated text, one line a row, for use-case tests: a reader and a writer that agree, and the
 * last workbook written kept for assertions. The real ones (POI) are tested in the Excel adapter. Test sources only.
 */
public final class TextSheets implements SpreadsheetReader, SpreadsheetWriter {

    /** What was last written: the columns and the rows, as given. */
    public record Written(String sheetName, List<SheetColumn> columns, List<SheetOutputRow> rows) {}

    private volatile Written last;
    private volatile List<Written> lastWorkbook = List.of();

    /** A workbook of these rows, each a tab-separated line; an empty string is a blank row. */
    public static byte[] sheet(String... rows) {
        return String.join("\n", rows).getBytes(StandardCharsets.UTF_8);
    }

    public Written lastWritten() {
        return last;
    }

    /** Every worksheet of the last workbook written, in order ({@link #lastWritten} is its last). */
    public List<Written> lastWorkbook() {
        return lastWorkbook;
    }

    @Override
    public void read(InputStream workbook, int maxRows, Consumer<SheetRow> rows) {
        String text;
        try {
            text = new String(workbook.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        if (text.isEmpty()) {
            throw InvalidInputException.of("file", "is empty");
        }
        String[] lines = text.split("\n", -1);
        int emitted = 0;
        for (int i = 0; i < lines.length; i++) {
            SheetRow row = new SheetRow(i + 1, Arrays.asList(lines[i].split("\t", -1)));
            if (row.isBlank()) {
                continue;
            }
            if (++emitted > maxRows) {
                throw InvalidInputException.of("file", "has more than " + maxRows + " rows");
            }
            rows.accept(row);
        }
    }

    @Override
    public SheetStream start(String firstName, List<SheetColumn> firstColumns) {
        List<SheetOutputRow> all = new ArrayList<>();
        List<Written> done = new ArrayList<>();
        return new SheetStream() {
            private String sheetName = firstName;
            private List<SheetColumn> columns = firstColumns;

            @Override
            public void add(SheetOutputRow row) {
                all.add(row);
            }

            @Override
            public void nextSheet(String name, List<SheetColumn> nextColumns) {
                done.add(new Written(sheetName, columns, List.copyOf(all)));
                all.clear();
                sheetName = name;
                columns = nextColumns;
            }

            @Override
            public void finish(OutputStream out) {
                last = new Written(sheetName, columns, List.copyOf(all));
                done.add(last);
                lastWorkbook = List.copyOf(done);
                StringBuilder text = new StringBuilder(String.join(
                        "\t", columns.stream().map(SheetColumn::label).toList()));
                for (SheetOutputRow row : all) {
                    text.append('\n')
                            .append(String.join(
                                    "\t",
                                    row.values().stream()
                                            .map(value -> value == null ? "" : value.toString())
                                            .toList()));
                }
                try {
                    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            }

            @Override
            public void close() {
                all.clear();
            }
        };
    }
}

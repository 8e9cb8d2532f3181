package dev.roster.e2e;

import dev.roster.adapters.excel.PoiSpreadsheetReader;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.port.SheetRow;
import dev.roster.attacks.HandMadeWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Real .xlsx files for the scenarios, made and read with the Excel adapter as a user's Excel would. */
public final class Workbooks {

    private Workbooks() {}

    /** A workbook with a header row of {@code labels}, then {@code rows}. */
    public static byte[] of(List<String> labels, List<List<String>> rows) {
        List<SheetColumn> columns = labels.stream()
                .map(label -> new SheetColumn(label, SheetColumn.Kind.TEXT, 20))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PoiSpreadsheetWriter(ZoneOffset.UTC)
                .write(
                        "Sheet1",
                        columns,
                        rows.stream()
                                .map(row -> SheetOutputRow.plain(new ArrayList<>(row)))
                                .iterator(),
                        out);
        return out.toByteArray();
    }

    static List<SheetRow> read(byte[] workbook) {
        List<SheetRow> rows = new ArrayList<>();
        new PoiSpreadsheetReader().read(new ByteArrayInputStream(workbook), 10_000, rows::add);
        return rows;
    }

    /** A minimal workbook whose one sheet is 40 MB of blanks: a few kilobytes that inflate 1:1000. */
    static byte[] zipBomb() {
        return HandMadeWorkbook.bytes(
                out -> {
                    byte[] blanks = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 40; i++) {
                        out.write(blanks);
                    }
                },
                null);
    }
}

package dev.roster.e2e;

import dev.roster.adapters.excel.PoiSpreadsheetReader;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.port.SheetRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real .xlsx files for the scenarios, made and read with the Excel adapter as a user's Excel would. */
public final class Workbooks {

    private Workbooks() {
    }

    /** A workbook with a header row of {@code labels}, then {@code rows}. */
    public static byte[] of(List<String> labels, List<List<String>> rows) {
        List<SheetColumn> columns = labels.stream().map(label -> new SheetColumn(label, SheetColumn.Kind.TEXT, 20))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PoiSpreadsheetWriter(ZoneOffset.UTC).write("Sheet1", columns,
                rows.stream().map(row -> SheetOutputRow.plain(new ArrayList<>(row))).iterator(), out);
        return out.toByteArray();
    }

    static List<SheetRow> read(byte[] workbook) {
        List<SheetRow> rows = new ArrayList<>();
        new PoiSpreadsheetReader().read(new ByteArrayInputStream(workbook), 10_000, rows::add);
        return rows;
    }

    /** A minimal workbook whose one sheet is 40 MB of blanks: a few kilobytes that inflate 1:1000. */
    static byte[] zipBomb() {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String packageRelations = "http://schemas.openxmlformats.org/package/2006/relationships";
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
            entry(out, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(out, "_rels/.rels", "<Relationships xmlns=\"" + packageRelations + "\"><Relationship Id=\"rId1\" Type=\""
                    + relations + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(out, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + relations + "\"><sheets>"
                    + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(out, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + packageRelations + "\"><Relationship "
                    + "Id=\"rId1\" Type=\"" + relations + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write(("<worksheet xmlns=\"" + main + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] blanks = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) {
                out.write(blanks);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void entry(ZipOutputStream out, String name, String xml) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(xml.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}

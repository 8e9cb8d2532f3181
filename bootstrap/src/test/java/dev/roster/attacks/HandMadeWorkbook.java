package dev.roster.attacks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An {@code .xlsx} written part by part, streaming, to a file: what an attacker makes by hand, with sheets and
 * shared-string tables of any size and shape, never held whole in memory (nor checked in).
 */
public final class HandMadeWorkbook {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /** Writes what goes inside an element ({@code <sheetData>}'s rows, {@code <sst>}'s strings). */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private HandMadeWorkbook() {}

    /**
     * Writes a workbook of one sheet whose {@code <sheetData>} holds what {@code rows} writes, with a shared-strings
     * part holding what {@code sharedStrings} writes (none when it is {@code null}).
     */
    public static Path write(Path file, Content rows, Content sharedStrings) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            text(
                    zip,
                    "[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                            + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPES + "sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + TYPES
                            + "worksheet+xml\"/>"
                            + (sharedStrings == null
                                    ? ""
                                    : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + TYPES
                                            + "sharedStrings+xml\"/>")
                            + "</Types>");
            text(
                    zip,
                    "_rels/.rels",
                    "<Relationships xmlns=\"" + PACKAGE_RELATIONS + "\"><Relationship Id=\"rId1\" " + "Type=\""
                            + RELATIONS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            text(
                    zip,
                    "xl/workbook.xml",
                    "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONS + "\"><sheets>"
                            + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            text(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<Relationships xmlns=\"" + PACKAGE_RELATIONS + "\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + RELATIONS
                            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + (sharedStrings == null
                                    ? ""
                                    : "<Relationship Id=\"rId2\" Type=\"" + RELATIONS
                                            + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                            + "</Relationships>");
            wrapped(
                    zip,
                    "xl/worksheets/sheet1.xml",
                    "<worksheet xmlns=\"" + MAIN + "\"><sheetData>",
                    rows,
                    "</sheetData></worksheet>");
            if (sharedStrings != null) {
                wrapped(zip, "xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\">", sharedStrings, "</sst>");
            }
        }
        return file;
    }

    /** The same workbook as bytes, for small ones. */
    public static byte[] bytes(Content rows, Content sharedStrings) {
        try {
            Path file = write(Files.createTempFile("hand-made", ".xlsx"), rows, sharedStrings);
            try {
                return Files.readAllBytes(file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** An inline-string cell. */
    public static String cell(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void wrapped(ZipOutputStream zip, String name, String open, Content content, String close)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + open).getBytes(StandardCharsets.UTF_8));
        content.write(zip);
        zip.write(close.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void text(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

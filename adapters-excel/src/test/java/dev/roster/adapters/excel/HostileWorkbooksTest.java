package dev.roster.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.SheetRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/** Workbooks made to exhaust memory are refused with a plain reason before what they ask for is held. */
class HostileWorkbooksTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final PoiSpreadsheetReader reader = new PoiSpreadsheetReader();

    @Test
    void refusesACellLongerThanExcelAllowsWhetherInlineOrShared() {
        // Random syllables: a megabyte of one letter would be refused as a zip bomb before its length was seen.
        Random random = new Random(3);
        StringBuilder megabyte = new StringBuilder();
        while (megabyte.length() < 1024 * 1024) {
            megabyte.append((char) ('가' + random.nextInt(11_172)));
        }
        byte[] inline =
                withSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + megabyte + "</t></is></c></row>");
        byte[] shared = Workbooks.withEntries(
                sampleWithSharedStrings(),
                Map.of(
                        "xl/sharedStrings.xml",
                        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\"><si><t>"
                                        + "x".repeat(40_000) + "</t></si><si><t>Phone</t></si></sst>")
                                .getBytes(StandardCharsets.UTF_8)));

        assertRefused(inline, "cell A1 holds more than 32,767 characters");
        assertRefused(shared, "shared text 1 holds more than 32,767 characters");
    }

    @Test
    void takesACellOfExactlyExcelsLimit() {
        String limit = "x".repeat(WorkbookLimits.MAX_CELL_CHARS);
        byte[] workbook = Workbooks.xlsx(
                book -> book.createSheet("s").createRow(0).createCell(0).setCellValue(limit));

        assertThat(readAll(workbook).get(0).cell(0)).hasSize(WorkbookLimits.MAX_CELL_CHARS);
    }

    @Test
    void refusesAValuePastColumn256AtItsFirstRowAndIgnoresEmptyCellsThere() {
        StringBuilder rows = new StringBuilder();
        for (int row = 1; row <= 50_000; row++) {
            rows.append("<row r=\"")
                    .append(row)
                    .append("\"><c r=\"A")
                    .append(row)
                    .append("\" t=\"inlineStr\"><is><t>n</t></is></c><c r=\"XFD")
                    .append(row)
                    .append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }
        List<SheetRow> seen = new ArrayList<>();

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(withSheet(rows.toString())), 100_000, seen::add))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors().get(0).message())
                                .contains("row 1 has a value in column XFD")
                                .contains("at most 256 columns"));
        assertThat(seen).isEmpty();

        byte[] styledButEmpty = withSheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>n</t></is></c>" + "<c r=\"XFD1\" s=\"0\"/></row>");
        assertThat(readAll(styledButEmpty).get(0).cells()).containsExactly("n");
    }

    @Test
    void refusesARowHoldingMoreTextThanOneCellMay() {
        String half = "y".repeat(20_000);
        byte[] workbook = withSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + half + "</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>" + half + "</t></is></c></row>");

        assertRefused(workbook, "row 1 holds more than 32,767 characters in all");
    }

    @Test
    void refusesASharedStringsPartOverItsLimitBeforeReadingIt() {
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        strings.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">")
                .getBytes(StandardCharsets.UTF_8));
        Random random = new Random(7);
        while (strings.size() <= WorkbookLimits.MAX_SHARED_STRINGS_BYTES) {
            strings.writeBytes(
                    ("<si><t>" + Long.toString(random.nextLong(), 36) + "</t></si>").getBytes(StandardCharsets.UTF_8));
        }
        strings.writeBytes("</sst>".getBytes(StandardCharsets.UTF_8));
        byte[] workbook =
                Workbooks.withEntries(sampleWithSharedStrings(), Map.of("xl/sharedStrings.xml", strings.toByteArray()));

        assertRefused(workbook, "has a shared-strings part larger than 32 MB");
    }

    @Test
    void refusesAStylesPartOverItsLimit() {
        StringBuilder styles = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN
                + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0\"/></numFmts><!--");
        Random random = new Random(11);
        while (styles.length() <= WorkbookLimits.MAX_STYLES_BYTES) {
            styles.append(Long.toString(random.nextLong(), 36));
        }
        styles.append("--></styleSheet>");
        byte[] workbook = Workbooks.withEntries(
                sampleWithSharedStrings(),
                Map.of("xl/styles.xml", styles.toString().getBytes(StandardCharsets.UTF_8)));

        assertRefused(workbook, "has a styles part larger than 4 MB");
    }

    @Test
    void decodesExcelsEscapesInSharedStrings() {
        assertThat(SharedTexts.decodeEscapes("a_x000D_b_x00zz_c")).isEqualTo("a\rb_x00zz_c");
    }

    /** The sample workbook with its first sheet's data replaced. */
    private static byte[] withSheet(String rows) {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
        return Workbooks.withEntries(
                sampleWithSharedStrings(), Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sampleWithSharedStrings() {
        return Workbooks.xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("명단");
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue("Name");
            row.createCell(1).setCellValue("Phone");
        });
    }

    private List<SheetRow> readAll(byte[] workbook) {
        List<SheetRow> rows = new ArrayList<>();
        reader.read(new ByteArrayInputStream(workbook), 1000, rows::add);
        return rows;
    }

    private void assertRefused(byte[] workbook, String reason) {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(workbook), 100_000, row -> {}))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.errors()).hasSize(1);
                    assertThat(refused.errors().get(0).message()).contains(reason);
                });
    }
}

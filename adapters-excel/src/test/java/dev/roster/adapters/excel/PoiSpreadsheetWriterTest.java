package dev.roster.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.port.SheetRow;
import dev.roster.application.port.SpreadsheetWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PoiSpreadsheetWriterTest {

    private static final List<SheetColumn> COLUMNS = List.of(
            new SheetColumn("Name", SheetColumn.Kind.TEXT, 20),
            new SheetColumn("Followers", SheetColumn.Kind.NUMBER, 12),
            new SheetColumn("Collected", SheetColumn.Kind.DATE_TIME, 18));

    private final PoiSpreadsheetWriter writer = new PoiSpreadsheetWriter(ZoneId.of("Asia/Seoul"));

    @Test
    void writesAStyledFrozenFilteredHeaderAndTypedCells() throws IOException {
        try (XSSFWorkbook workbook = write(
                COLUMNS,
                List.of(SheetOutputRow.plain(Arrays.asList("김민지", 12_345L, Instant.parse("2024-03-05T01:30:00Z")))))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("Accounts");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C2");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(20 * 256);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12_345d);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0");
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue()).hasToString("2024-03-05T10:30");
        }
    }

    @Test
    void writesSeveralWorksheetsEachWithItsOwnHeaderAndFilter() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter.SheetStream stream = writer.start("댓글", COLUMNS)) {
            stream.add(SheetOutputRow.plain(Arrays.asList("=cmd|' /C calc'!A0", 1L, null)));
            stream.add(SheetOutputRow.plain(Arrays.asList("b", 2L, null)));
            stream.nextSheet("URL", List.of(new SheetColumn("URL", SheetColumn.Kind.TEXT, 40)));
            stream.add(SheetOutputRow.plain(List.of("https://shop.example/")));
            stream.finish(out);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet comments = workbook.getSheet("댓글");
            XSSFSheet urls = workbook.getSheet("URL");
            assertThat(comments.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
            assertThat(comments.getRow(1).getCell(0).getCellStyle().getQuotePrefixed())
                    .isTrue();
            assertThat(urls.getRow(0).getCell(0).getStringCellValue()).isEqualTo("URL");
            assertThat(urls.getPaneInformation().isFreezePane()).isTrue();
            assertThat(urls.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:A2");
            assertThat(urls.getRow(1).getCell(0).getStringCellValue()).isEqualTo("https://shop.example/");
        }
    }

    @Test
    void writesCalendarDatesAsDatesWithoutATime() throws IOException {
        List<SheetColumn> columns = List.of(new SheetColumn("동의서 서명일", SheetColumn.Kind.DATE, 14));
        try (XSSFWorkbook workbook = write(
                columns,
                List.of(
                        SheetOutputRow.plain(Arrays.asList(java.time.LocalDate.of(2025, 12, 24))),
                        SheetOutputRow.plain(Arrays.asList((Object) null))))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue()).hasToString("2025-12-24T00:00");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getDataFormatString())
                    .isEqualTo("yyyy-mm-dd");
            assertThat(sheet.getRow(2) == null || sheet.getRow(2).getCell(0) == null)
                    .isTrue();
        }
    }

    @Test
    void neutralisesEveryValueExcelWouldTakeForAFormula() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+82 10", "-2+3", "@SUM(A1)", "\tx", "\rx");
        List<SheetOutputRow> rows = new ArrayList<>();
        hostile.forEach(text -> rows.add(SheetOutputRow.plain(Arrays.asList(text, null, null))));
        rows.add(SheetOutputRow.plain(Arrays.asList("plain text", null, null)));

        try (XSSFWorkbook workbook = write(COLUMNS, rows)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < hostile.size(); i++) {
                XSSFCell cell = sheet.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(hostile.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as(hostile.get(i))
                        .isTrue();
            }
            assertThat(sheet.getRow(hostile.size() + 1)
                            .getCell(0)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isFalse();
        }
    }

    @Test
    void fillsEveryCellOfAFlaggedRowAndMarksTheCulpritMoreStrongly() throws IOException {
        SheetOutputRow failed = new SheetOutputRow(Arrays.asList("Kim", null, null), true, Set.of(1));

        try (XSSFWorkbook workbook = write(COLUMNS, List.of(failed))) {
            var row = workbook.getSheetAt(0).getRow(1);
            for (int i = 0; i < COLUMNS.size(); i++) {
                assertThat(row.getCell(i)).as("cell %d exists", i).isNotNull();
                assertThat(row.getCell(i).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            }
            assertThat(row.getCell(0).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(row.getCell(1).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(row.getCell(1).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void guidesTypingWithPromptsAndLengthLimitsAndTextColumns() throws IOException {
        List<SheetColumn> template =
                List.of(new SheetColumn("Phone", SheetColumn.Kind.TEXT, 16).guided("010-1234-5678", 40));

        try (XSSFWorkbook workbook = write(template, List.of())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            var validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            assertThat(validations.get(0).getPromptBoxText()).isEqualTo("010-1234-5678");
            assertThat(validations.get(0).getValidationConstraint().getFormula2())
                    .isEqualTo("40");
            assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void whatItWritesReadsBackAsWritten() {
        List<SheetOutputRow> rows = List.of(
                SheetOutputRow.plain(Arrays.asList("이서연 😀", 0L, null)),
                SheetOutputRow.plain(Arrays.asList("=1+1", 1_000_000L, null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write("Accounts", COLUMNS, rows.iterator(), out);

        List<SheetRow> read = new ArrayList<>();
        new PoiSpreadsheetReader().read(new ByteArrayInputStream(out.toByteArray()), 10, read::add);

        assertThat(read)
                .extracting(SheetRow::cells)
                .containsExactly(
                        List.of("Name", "Followers", "Collected"),
                        List.of("이서연 😀", "0"),
                        List.of("=1+1", "1,000,000"));
    }

    @Test
    void writesAZipThatStreamingUnzippersRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(
                "Accounts",
                COLUMNS,
                List.of(SheetOutputRow.plain(Arrays.asList("Kim", 1L, null))).iterator(),
                out);

        List<String> entries = new ArrayList<>();
        try (java.util.zip.ZipInputStream zip =
                new java.util.zip.ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                zip.readAllBytes();
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains("xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    @Test
    void readsColumnLettersOfAnyWidth() {
        assertThat(RowCollector.column("A1")).isZero();
        assertThat(RowCollector.column("Z9")).isEqualTo(25);
        assertThat(RowCollector.column("AA10")).isEqualTo(26);
        assertThat(RowCollector.column("XFD1")).isEqualTo(16_383);
        assertThat(RowCollector.column("$B$2")).isEqualTo(1);
    }

    private XSSFWorkbook write(List<SheetColumn> columns, List<SheetOutputRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write("Accounts", columns, rows.iterator(), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}

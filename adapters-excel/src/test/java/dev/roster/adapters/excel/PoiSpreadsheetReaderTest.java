package dev.roster.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.SheetRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoiSpreadsheetReaderTest {

    private final PoiSpreadsheetReader reader = new PoiSpreadsheetReader();

    @Test
    void readsCellsAsThePersonSeesThem() {
        byte[] file = Workbooks.xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("명단");
            sheet.createRow(0).createCell(0).setCellValue("인플루언서 명단 2024");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            XSSFRow header = sheet.createRow(2);
            header.createCell(0).setCellValue("이름");
            header.createCell(1).setCellValue("연락처");
            header.createCell(3).setCellValue("Joined");
            XSSFRow data = sheet.createRow(3);
            data.createCell(0).setCellValue("  김민지 ");
            data.createCell(1).setCellValue(1012345678d);
            data.createCell(2).setCellFormula("\"mj\"&\"_\"&\"01\"");
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            data.createCell(3).setCellValue(LocalDate.of(2024, 3, 5));
            data.getCell(3).setCellStyle(date);
            sheet.createRow(4).createCell(5).setCellValue(821012345678d);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        List<SheetRow> rows = readAll(file, 100);

        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 3, 4, 5);
        assertThat(rows.get(0).cells()).containsExactly("인플루언서 명단 2024");
        assertThat(rows.get(1).cells()).containsExactly("이름", "연락처", "", "Joined");
        assertThat(rows.get(2).cells()).containsExactly("  김민지 ", "1012345678", "mj_01", "2024-03-05");
        assertThat(rows.get(3).cell(5)).isEqualTo("821012345678");
    }

    @Test
    void readsBooleansErrorsFormatsAndRichInlineText() {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c r=\"C1\" t=\"str\"><f>A1&amp;\"x\"</f><v>TRUEx</v></c>"
                + "<c r=\"E1\" t=\"inlineStr\"><is><r><t>김</t></r><r><t xml:space=\"preserve\">민지 </t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>キム</t></rPh></is></c></row>"
                + "<row><c><v>3.5</v></c><c t=\"b\"><v>0</v></c></row>"
                + "</sheetData></worksheet>";
        byte[] file = Workbooks.withEntries(
                sampleWorkbook(), Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)));

        List<SheetRow> rows = readAll(file, 10);

        assertThat(rows.get(0).cells()).containsExactly("TRUE", "#DIV/0!", "TRUEx", "", "김민지 ");
        assertThat(rows.get(1).number()).isEqualTo(2);
        assertThat(rows.get(1).cells()).containsExactly("3.5", "FALSE");
    }

    @Test
    void showsNumbersInTheirCellFormat() {
        byte[] file = Workbooks.xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet();
            XSSFCellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            XSSFCellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue(1234567d);
            row.getCell(0).setCellStyle(thousands);
            row.createCell(1).setCellValue(0.25d);
            row.getCell(1).setCellStyle(percent);
            row.createCell(2).setCellValue(0.5d);
            row.createCell(3).setCellValue(true);
        });

        assertThat(readAll(file, 10).get(0).cells()).containsExactly("1,234,567", "25%", "0.5", "TRUE");
    }

    @Test
    void skipsRowsWithNoTextAndKeepsUnicode() {
        byte[] file = Workbooks.xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Name");
            sheet.createRow(1).createCell(0).setCellValue("   ");
            sheet.createRow(2).createCell(0).setCellValue("😀 이모지 Ñandú");
        });

        assertThat(readAll(file, 100)).extracting(row -> row.cell(0)).containsExactly("Name", "😀 이모지 Ñandú");
    }

    @Test
    void stopsAtTheRowLimitWithoutReadingTheRest() {
        byte[] file = Workbooks.xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet();
            for (int i = 0; i < 500; i++) {
                sheet.createRow(i).createCell(0).setCellValue("row " + i);
            }
        });
        List<SheetRow> seen = new ArrayList<>();

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(file), 100, seen::add))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors().get(0).message()).contains("more than 100 rows"));
        assertThat(seen).hasSize(100);
    }

    @Test
    void passesTheConsumersOwnFailureThroughUntouched() {
        byte[] file = Workbooks.xlsx(
                workbook -> workbook.createSheet().createRow(0).createCell(0).setCellValue("x"));
        UnavailableException down = new UnavailableException("database down", null);

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(file), 10, row -> {
                    throw down;
                }))
                .isSameAs(down);
    }

    @Test
    void refusesAnEmptyBody() {
        assertRefused(new byte[0], "is empty");
    }

    @Test
    void refusesWhatIsNotAZip() {
        assertRefused("name,phone\nKim,010".getBytes(StandardCharsets.UTF_8), "is not an .xlsx workbook");
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() {
        assertRefused(Workbooks.zip("hello.txt", "hi".getBytes(StandardCharsets.UTF_8)), "not a readable .xlsx");
    }

    @Test
    void refusesATruncatedWorkbook() {
        byte[] whole = sampleWorkbook();
        assertRefused(Arrays.copyOf(whole, whole.length / 2), "not a readable .xlsx");
    }

    @Test
    void refusesAZipBomb() {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        sheet.append(" ".repeat(40 * 1024 * 1024)).append("</sheetData></worksheet>");
        byte[] bomb = Workbooks.withEntries(
                sampleWorkbook(),
                Map.of("xl/worksheets/sheet1.xml", sheet.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertRefused(bomb, "zip bomb");
    }

    @Test
    void neverResolvesAnExternalEntity(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        byte[] hostile = Workbooks.withEntries(
                sampleWorkbook(), Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)));
        List<SheetRow> seen = new ArrayList<>();

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(hostile), 10, seen::add))
                .isInstanceOf(InvalidInputException.class);
        assertThat(seen).noneMatch(row -> row.cells().toString().contains("TOP-SECRET"));
    }

    @Test
    void refusesAnEncryptedWorkbookSayingSo() throws Exception {
        POIFSFileSystem container = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream out = encryptor.getDataStream(container)) {
            out.write(sampleWorkbook());
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        container.writeFilesystem(bytes);
        container.close();

        assertRefused(bytes.toByteArray(), "password-protected");
    }

    @Test
    void refusesALegacyXlsSayingSo() throws IOException {
        try (HSSFWorkbook legacy = new HSSFWorkbook()) {
            legacy.createSheet().createRow(0).createCell(0).setCellValue("Name");
            assertRefused(Workbooks.bytes(legacy), "legacy .xls");
        }
    }

    private static byte[] sampleWorkbook() {
        return Workbooks.xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet();
            for (int i = 0; i < 50; i++) {
                sheet.createRow(i).createCell(0).setCellValue("row " + i);
            }
        });
    }

    private void assertRefused(byte[] file, String reason) {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(file), 1000, row -> {}))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.errors()).hasSize(1);
                    assertThat(refused.errors().get(0).field()).isEqualTo("file");
                    assertThat(refused.errors().get(0).message()).contains(reason);
                });
    }

    private List<SheetRow> readAll(byte[] file, int maxRows) {
        List<SheetRow> rows = new ArrayList<>();
        reader.read(new ByteArrayInputStream(file), maxRows, rows::add);
        return rows;
    }
}

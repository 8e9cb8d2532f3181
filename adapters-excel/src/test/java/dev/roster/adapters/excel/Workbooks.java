package dev.roster.adapters.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real workbooks made in tests, and hostile files made from them. */
final class Workbooks {

    private Workbooks() {}

    static byte[] xlsx(Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            content.accept(workbook);
            return bytes(workbook);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static byte[] bytes(Workbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The zip {@code xlsx} with some entries' contents replaced. */
    static byte[] withEntries(byte[] xlsx, Map<String, byte[]> replaced) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] replacement = replaced.get(entry.getName());
                entry(out, entry.getName(), replacement != null ? replacement : in.readAllBytes());
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    static byte[] zip(String name, byte[] content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            entry(out, name, content);
            out.finish();
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}

package dev.roster.adapters.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real workbooks made in tests, and hostile files made from them. */
final class Workbooks {

    private Workbooks() {
    }

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

    /** The zip {@code xlsx} with some entries' contents replaced (or added). */
    static byte[] withEntries(byte[] xlsx, Map<String, byte[]> replaced) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] replacement = replaced.get(entry.getName());
                out.write(replacement != null ? replacement : in.readAllBytes());
                out.closeEntry();
            }
            for (var extra : replaced.entrySet()) {
                if (!new String(xlsx, StandardCharsets.ISO_8859_1).contains(extra.getKey())) {
                    out.putNextEntry(new ZipEntry(extra.getKey()));
                    out.write(extra.getValue());
                    out.closeEntry();
                }
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static byte[] zip(String name, byte[] content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}

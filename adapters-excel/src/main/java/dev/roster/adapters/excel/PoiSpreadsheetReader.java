package dev.roster.adapters.excel;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.RosterException;
import dev.roster.application.port.SheetRow;
import dev.roster.application.port.SpreadsheetReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an {@code .xlsx} with POI's SAX event API: rows stream past, the workbook is never
 * held as objects. Cells come as Excel shows them (cached formula results, formatted dates), whole numbers in full.
 * The upload is spooled to a temporary file so that POI reads each part from disk rather than inflating all of them
 * into memory; zip bombs, external entities, encrypted and legacy files are refused with a plain reason.
 */
public final class PoiSpreadsheetReader implements SpreadsheetReader {

    private static final String FILE = "file";

    @Override
    public void read(InputStream workbook, int maxRows, Consumer<SheetRow> rows) {
        PoiLimits.apply();
        Path spooled = spool(workbook);
        try {
            refuseWhatIsNotOoxml(spooled);
            readPackage(spooled, maxRows, rows);
        } finally {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException ignored) {
                // A temporary file left behind is the system's to clean; the import's answer stands.
            }
        }
    }

    private static Path spool(InputStream workbook) {
        try {
            Path file = Files.createTempFile("roster-upload-", ".xlsx");
            Files.copy(workbook, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot spool the upload to a temporary file", failed);
        }
    }

    private static void refuseWhatIsNotOoxml(Path file) {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                throw InvalidInputException.of(FILE, "is empty: upload an .xlsx workbook");
            }
            magic = FileMagic.valueOf(in);
        } catch (IOException unreadable) {
            throw InvalidInputException.of(FILE, "could not be read");
        }
        if (magic == FileMagic.OLE2) {
            throw InvalidInputException.of(
                    FILE,
                    isEncrypted(file)
                            ? "is password-protected: remove the password in Excel and upload it again"
                            : "is a legacy .xls workbook: save it as .xlsx (Excel Workbook) and upload it again");
        }
        if (magic != FileMagic.OOXML) {
            throw InvalidInputException.of(FILE, "is not an .xlsx workbook");
        }
    }

    /** An encrypted .xlsx is an OLE2 container holding the encrypted package; a legacy .xls holds a Workbook stream. */
    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            return container.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static void readPackage(Path file, int maxRows, Consumer<SheetRow> rows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader workbook = new XSSFReader(pkg);
            SharedTexts strings = SharedTexts.read(LimitedPart.open(
                    pkg, XSSFRelation.SHARED_STRINGS, "shared-strings", WorkbookLimits.MAX_SHARED_STRINGS_BYTES));
            StylesTable styles = styles(pkg);
            Iterator<InputStream> sheets = workbook.getSheetsData();
            if (!sheets.hasNext()) {
                throw InvalidInputException.of(FILE, "has no worksheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new SheetHandler(strings, styles, new TypedNumbers(), new RowCollector(maxRows, rows)));
                parser.parse(new InputSource(sheet));
            }
        } catch (RowCollector.ConsumerFailure failure) {
            throw failure.original();
        } catch (RosterException refusal) {
            throw refusal;
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | RuntimeException unreadable) {
            throw refusalWithin(unreadable).orElseGet(() -> InvalidInputException.of(FILE, reason(unreadable)));
        }
    }

    /** A limit's refusal that a parser wrapped on its way out (XMLBeans wraps what its input stream throws). */
    private static Optional<RosterException> refusalWithin(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RosterException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    /** The cell styles (how numbers and dates show), read under a size limit; {@code null} when there are none. */
    private static StylesTable styles(OPCPackage pkg) throws IOException {
        InputStream part = LimitedPart.open(pkg, XSSFRelation.STYLES, "styles", WorkbookLimits.MAX_STYLES_BYTES);
        if (part == null) {
            return null;
        }
        try (part) {
            return new StylesTable(part);
        }
    }

    /** A plain reason for a refused file; the exception's own text is for the log, not for staff. */
    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("exceeds the max")) {
                return "expands to far more than a workbook of its size can hold (a zip bomb?) and was not read";
            }
            if (message.contains("doctype") || message.contains("entity")) {
                return "contains XML entity declarations, which Excel never writes; it was not read";
            }
        }
        return "is not a readable .xlsx workbook (damaged, truncated, or another kind of file)";
    }
}

package dev.roster.adapters.excel.pdf;

import dev.roster.application.port.PdfFacts;
import dev.roster.application.port.PdfInspector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens PDFs with Apache PDFBox. A document must end with {@code %%EOF} (PDFBox would otherwise repair a truncated
 * file and open it) and have a page. Encrypted documents are accepted as they are, their content not read. Every
 * object of the others is looked at for JavaScript and embedded files, wherever they hide (the catalog's name trees,
 * open actions, annotations, form fields). Building one loads none of PDFBox: a Lambda function pays for it on its
 * first PDF, not at its cold start.
 */
public final class PdfBoxInspector implements PdfInspector {

    /** Readers look for the end-of-file marker within the last 1,024 bytes; so does this. */
    private static final int TAIL = 1024;
    /** Nested dictionaries deeper than this are not walked further: real documents nest a few levels. */
    private static final int MAX_DEPTH = 32;

    @Override
    public PdfFacts inspect(byte[] document) {
        if (!endsWithEofMarker(document)) {
            return PdfFacts.unreadable("it has no end-of-file marker (%%EOF); it may have been cut short.");
        }
        try (PDDocument pdf = Loader.loadPDF(document)) {
            if (pdf.isEncrypted()) {
                return PdfFacts.opened(true, false);
            }
            if (pdf.getNumberOfPages() < 1) {
                return PdfFacts.unreadable("it has no pages.");
            }
            return PdfFacts.opened(false, hasActiveContent(pdf.getDocument()));
        } catch (InvalidPasswordException encrypted) {
            // A password is needed to open it: it is kept as it is, unread.
            return PdfFacts.opened(true, false);
        } catch (IOException | RuntimeException broken) {
            return PdfFacts.unreadable("PDFBox could not read it (" + describe(broken) + ").");
        }
    }

    private static boolean endsWithEofMarker(byte[] document) {
        int from = Math.max(0, document.length - TAIL);
        return new String(document, from, document.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    private static boolean hasActiveContent(COSDocument document) throws IOException {
        List<COSObjectKey> keys = new ArrayList<>(document.getXrefTable().keySet());
        for (COSObjectKey key : keys) {
            COSObject object = document.getObjectFromPool(key);
            if (object != null && isActive(object.getObject(), 0)) {
                return true;
            }
        }
        return isActive(document.getTrailer(), 0);
    }

    /** Whether {@code value} or anything directly inside it (not behind a reference: those are walked apart) is. */
    private static boolean isActive(COSBase value, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (value instanceof COSDictionary dictionary) {
            if (dictionary.containsKey(COSName.JS)
                    || dictionary.containsKey(COSName.JAVA_SCRIPT)
                    || dictionary.containsKey(COSName.EMBEDDED_FILES)
                    || dictionary.containsKey(COSName.EF)
                    || COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S))
                    || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
                return true;
            }
            for (COSBase inner : dictionary.getValues()) {
                if (!(inner instanceof COSObject) && isActive(inner, depth + 1)) {
                    return true;
                }
            }
        } else if (value instanceof COSArray array) {
            for (COSBase inner : array) {
                if (!(inner instanceof COSObject) && isActive(inner, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}

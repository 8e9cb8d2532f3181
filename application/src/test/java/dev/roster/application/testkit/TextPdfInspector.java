package dev.roster.application.testkit;

import dev.roster.application.port.PdfFacts;
import dev.roster.application.port.PdfInspector;
import java.nio.charset.StandardCharsets;

/**
 * A {@link PdfInspector} for use-case tests that reads a "PDF" as text: it opens when it ends with {@code %%EOF},
 * is encrypted when it names {@code /Encrypt}, carries active content when it names {@code /JavaScript} or
 * {@code /EmbeddedFiles}. Test sources only; the real one is PDFBox's.
 */
public final class TextPdfInspector implements PdfInspector {

    /** A document this inspector opens, {@code body} inside it. */
    public static byte[] pdf(String body) {
        return ("%PDF-1.7\n" + body + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public PdfFacts inspect(byte[] document) {
        String text = new String(document, StandardCharsets.ISO_8859_1);
        if (!text.strip().endsWith("%%EOF")) {
            return PdfFacts.unreadable("it ends before its end-of-file marker (a truncated file?)");
        }
        return PdfFacts.opened(
                text.contains("/Encrypt"), text.contains("/JavaScript") || text.contains("/EmbeddedFiles"));
    }
}

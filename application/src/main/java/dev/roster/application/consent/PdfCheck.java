package dev.roster.application.consent;

import dev.roster.application.error.RejectedFileException;
import dev.roster.application.port.PdfFacts;
import dev.roster.application.port.PdfInspector;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Only real PDFs are filed: not too large, starting with {@code %PDF-}, and opened by a parser. Checked before anything
 * is stored, whichever way the file came.
 */
final class PdfCheck {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final PdfInspector inspector;
    private final long maxBytes;

    PdfCheck(PdfInspector inspector, long maxBytes) {
        this.inspector = inspector;
        this.maxBytes = maxBytes;
    }

    /** Refuses a file too large before it is read: what an upload's length says. */
    void requireSize(long length) {
        if (length > maxBytes) {
            throw new RejectedFileException(
                    RejectedFileException.Reason.TOO_LARGE,
                    "The consent form is " + length
                            + " bytes; the most Roster keeps is " + maxBytes
                            + " bytes. Scan it at a lower resolution and "
                            + "upload it again.");
        }
    }

    /** @throws RejectedFileException when the bytes are too many, empty, or not a PDF that opens */
    PdfFacts check(byte[] document) {
        requireSize(document.length);
        if (document.length == 0) {
            throw notAPdf("The file is empty.");
        }
        if (document.length < MAGIC.length || !Arrays.equals(document, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw notAPdf("The file is not a PDF (it does not start with %PDF-).");
        }
        PdfFacts facts = inspector.inspect(document);
        if (!facts.opens()) {
            throw notAPdf("The file starts like a PDF but does not open as one: " + facts.problem());
        }
        return facts;
    }

    private static RejectedFileException notAPdf(String why) {
        return new RejectedFileException(
                RejectedFileException.Reason.UNSUPPORTED_TYPE, why + " Upload the signed consent form as a PDF.");
    }
}

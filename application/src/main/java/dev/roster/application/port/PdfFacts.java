package dev.roster.application.port;

/**
 * What {@link PdfInspector} found in a document.
 *
 * @param problem       why the bytes are not a PDF that opens (a sentence for people), or null when it opened
 * @param encrypted     whether the document is encrypted (kept as it is, never decrypted)
 * @param activeContent whether it carries JavaScript or embedded files
 */
public record PdfFacts(String problem, boolean encrypted, boolean activeContent) {

    public static PdfFacts opened(boolean encrypted, boolean activeContent) {
        return new PdfFacts(null, encrypted, activeContent);
    }

    public static PdfFacts unreadable(String problem) {
        return new PdfFacts(java.util.Objects.requireNonNull(problem, "problem"), false, false);
    }

    public boolean opens() {
        return problem == null;
    }
}

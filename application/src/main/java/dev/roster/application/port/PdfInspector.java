package dev.roster.application.port;

/** Opens a PDF to tell whether it is one, and what it holds that staff should know about; never decrypts it. */
public interface PdfInspector {

    /** What a parser made of {@code document}, bytes that start with {@code %PDF-}. */
    PdfFacts inspect(byte[] document);
}

package dev.roster.adapters.excel.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** PDFs made by PDFBox in the test, as the issue asks: no opaque blobs checked in. */
public final class TestPdfs {

    private TestPdfs() {}

    /** A one-page signed form; {@code padding} bytes of content stream make it as large as a test needs. */
    public static byte[] signedForm(int padding) {
        return save(document -> {}, padding);
    }

    public static byte[] signedForm() {
        return signedForm(0);
    }

    /** A form that runs JavaScript when opened. */
    public static byte[] withJavaScript() {
        return save(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")), 0);
    }

    /** A form carrying a file inside it. */
    public static byte[] withEmbeddedFile() {
        return save(
                document -> {
                    try {
                        PDEmbeddedFile embedded = new PDEmbeddedFile(
                                document,
                                new java.io.ByteArrayInputStream("hidden".getBytes(StandardCharsets.US_ASCII)));
                        PDComplexFileSpecification spec = new PDComplexFileSpecification();
                        spec.setFile("hidden.txt");
                        spec.setEmbeddedFile(embedded);
                        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                        tree.setNames(Map.of("hidden.txt", spec));
                        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                        names.setEmbeddedFiles(tree);
                        document.getDocumentCatalog().setNames(names);
                    } catch (IOException failure) {
                        throw new UncheckedIOException(failure);
                    }
                },
                0);
    }

    /** A form that opens only with a password. */
    public static byte[] encrypted() {
        return save(
                document -> {
                    try {
                        StandardProtectionPolicy policy =
                                new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                        policy.setEncryptionKeyLength(128);
                        document.protect(policy);
                    } catch (IOException failure) {
                        throw new UncheckedIOException(failure);
                    }
                },
                0);
    }

    private static byte[] save(java.util.function.Consumer<PDDocument> change, int padding) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("I consent. Signed 2026-12-01");
                content.endText();
                // Comments in the content stream: bytes that make the file large without changing what it shows.
                String line = "% " + "x".repeat(78) + "\n";
                for (int written = 0; written < padding; written += line.length()) {
                    content.appendRawCommands(line);
                }
            }
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}

package dev.roster.adapters.excel.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.port.PdfFacts;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PdfBoxInspectorTest {

    private final PdfBoxInspector inspector = new PdfBoxInspector();

    @Test
    void opensASignedFormWithNothingActiveInIt() {
        assertThat(inspector.inspect(TestPdfs.signedForm())).isEqualTo(PdfFacts.opened(false, false));
    }

    @Test
    void reportsJavaScriptAndEmbeddedFiles() {
        assertThat(inspector.inspect(TestPdfs.withJavaScript()).activeContent()).isTrue();
        assertThat(inspector.inspect(TestPdfs.withEmbeddedFile()).activeContent())
                .isTrue();
    }

    @Test
    void acceptsAnEncryptedFormWithoutItsPassword() {
        PdfFacts facts = inspector.inspect(TestPdfs.encrypted());

        assertThat(facts.opens()).isTrue();
        assertThat(facts.encrypted()).isTrue();
    }

    @Test
    void refusesATruncatedPdfThatPdfBoxCouldOtherwiseRepair() {
        byte[] whole = TestPdfs.signedForm();

        PdfFacts facts = inspector.inspect(Arrays.copyOf(whole, whole.length * 2 / 3));

        assertThat(facts.opens()).isFalse();
        assertThat(facts.problem()).contains("%%EOF");
    }

    @Test
    void refusesGarbageThatOnlyStartsLikeAPdf() {
        byte[] fake = "%PDF-1.7\nthis is not a document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        PdfFacts facts = inspector.inspect(fake);

        assertThat(facts.opens()).isFalse();
        assertThat(facts.problem()).isNotBlank();
    }

    @Test
    void largeFormsAreMadeLargeForRealNotByCompression() {
        assertThat(TestPdfs.signedForm(2_000_000).length).isGreaterThan(2_000_000);
        assertThat(inspector.inspect(TestPdfs.signedForm(2_000_000)).opens()).isTrue();
    }
}

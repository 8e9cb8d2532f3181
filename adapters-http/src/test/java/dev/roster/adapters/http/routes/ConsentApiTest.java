package dev.roster.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.adapters.excel.pdf.TestPdfs;
import dev.roster.application.port.FileKey;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consent routes through the route table, as a client calls them; the PDFs are made by PDFBox, and opened by it. */
class ConsentApiTest extends ApiFixture {

    private final String accountId = registerKim();
    private final String person = get("/api/platforms/a/accounts/" + accountId)
            .json()
            .at("/influencer/id")
            .asText();
    private final String forms = "/api/influencers/" + person + "/consent-forms";

    @Test
    void filesAFormSentAsAMultipartFormAndAnswersWithItsRecord() throws Exception {
        byte[] pdf = TestPdfs.signedForm();

        Reply filed = multipart(forms, "김민지 동의서.pdf", pdf, Map.of("signedOn", "2026-03-02", "note", "원본 보관"));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        JsonNode form = filed.json();
        assertThat(filed.header("Location"))
                .isEqualTo(forms + "/" + form.get("id").asText());
        assertThat(form.get("fileName").asText()).isEqualTo("김민지 동의서.pdf");
        assertThat(form.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(form.get("sha256").asText())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(form.get("signedOn").asText()).isEqualTo("2026-03-02");
        assertThat(form.get("filedAt").asText()).isNotBlank();
        assertThat(form.get("filedBy").asText()).isEqualTo("local");
        assertThat(form.get("note").asText()).isEqualTo("원본 보관");
        assertThat(form.get("activeContent").asBoolean()).isFalse();

        JsonNode listed = get(forms).json().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).isEqualTo(form);
    }

    @Test
    void filesARawPdfWithItsDateAsAParameter() {
        Reply filed = raw(forms + "?signedOn=2026-01-15", "application/pdf", TestPdfs.signedForm());

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().get("signedOn").asText()).isEqualTo("2026-01-15");
        assertThat(filed.json().get("fileName").asText()).isEqualTo("consent.pdf");
    }

    @Test
    void personAndAccountViewsCarryConsentAndTheirEntityTagsChangeWithIt() {
        Reply before = get("/api/influencers/" + person);
        Reply accountBefore = get("/api/platforms/a/accounts/" + accountId);
        assertThat(before.json().get("hasConsent").asBoolean()).isFalse();
        assertThat(before.json().get("consentSignedOn").isNull()).isTrue();
        assertThat(accountBefore.json().get("hasConsent").asBoolean()).isFalse();

        raw(forms + "?signedOn=2025-11-30", "application/pdf", TestPdfs.signedForm());
        String latest = raw(forms + "?signedOn=2026-02-01", "application/pdf", TestPdfs.signedForm())
                .json()
                .get("id")
                .asText();

        Reply after = get("/api/influencers/" + person);
        Reply accountAfter = get("/api/platforms/a/accounts/" + accountId);
        assertThat(after.json().get("hasConsent").asBoolean()).isTrue();
        assertThat(after.json().get("consentSignedOn").asText()).isEqualTo("2026-02-01");
        assertThat(after.json().get("consentForms")).hasSize(2);
        assertThat(accountAfter.json().get("hasConsent").asBoolean()).isTrue();
        assertThat(accountAfter.json().get("consentSignedOn").asText()).isEqualTo("2026-02-01");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag")).startsWith("\"1-");
        assertThat(accountAfter.header("ETag")).isNotEqualTo(accountBefore.header("ETag"));

        assertThat(delete(forms + "/" + latest).status()).isEqualTo(204);
        Reply withdrawn = get("/api/platforms/a/accounts/" + accountId);
        assertThat(withdrawn.json().get("consentSignedOn").asText()).isEqualTo("2025-11-30");
        assertThat(withdrawn.header("ETag")).isNotEqualTo(accountAfter.header("ETag"));

        // The version still comes back through If-Match with the consent fingerprint on it.
        Reply renamed = call(
                "PATCH",
                "/api/influencers/" + person,
                "{\"name\":\"김민지2\"}",
                Map.of(
                        "Content-Type",
                        "application/json",
                        "If-Match",
                        get("/api/influencers/" + person).header("ETag")));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    }

    @Test
    void theHasConsentFilterFindsWhoHasOne() {
        post("/api/platforms/a/accounts", "{\"name\":\"박서준\",\"phone\":\"010-1234-5670\",\"handle\":\"seojun\"}");
        raw(forms + "?signedOn=2026-01-01", "application/pdf", TestPdfs.signedForm());

        JsonNode with = get("/api/platforms/a/accounts?hasConsent=true").json().get("items");
        JsonNode without =
                get("/api/platforms/a/accounts?hasConsent=false").json().get("items");

        assertThat(with).hasSize(1);
        assertThat(with.get(0).get("handle").asText()).isEqualTo("minji");
        assertThat(with.get(0).get("consentSignedOn").asText()).isEqualTo("2026-01-01");
        assertThat(without).hasSize(1);
        assertThat(without.get(0).get("handle").asText()).isEqualTo("seojun");
    }

    @Test
    void downloadsThroughARedirectOrALinkInJson() {
        String id = raw(forms + "?signedOn=2026-01-01", "application/pdf", TestPdfs.signedForm())
                .json()
                .get("id")
                .asText();

        Reply redirect = get(forms + "/" + id + "/file");
        Reply link = call("GET", forms + "/" + id + "/file", null, Map.of("Accept", "application/json"));

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).startsWith("memory://files/consent/" + person + "/" + id + ".pdf");
        assertThat(link.status()).isEqualTo(200);
        assertThat(link.json().get("url").asText()).startsWith("memory://files/consent/");
        assertThat(link.json().get("expiresAt").asText()).isNotBlank();
        assertThat(get(forms + "/" + person + "/file").status()).isEqualTo(404);
    }

    @Test
    void refusesWhatIsNotAPdfWith415AndStoresNothing() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] whole = TestPdfs.signedForm();
        assertRefused(multipart(forms, "scan.pdf", png, Map.of("signedOn", "2026-01-01")), 415, "not a PDF");
        assertRefused(
                raw(
                        forms + "?signedOn=2026-01-01",
                        "application/pdf",
                        "<!doctype html><html><body>consent</body></html>".getBytes(StandardCharsets.UTF_8)),
                415,
                "not a PDF");
        assertRefused(
                raw(forms + "?signedOn=2026-01-01", "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8)),
                415,
                "application/pdf");
        assertRefused(raw(forms + "?signedOn=2026-01-01", "application/pdf", new byte[0]), 415, "empty");
        assertRefused(
                raw(forms + "?signedOn=2026-01-01", "application/pdf", Arrays.copyOf(whole, whole.length / 2)),
                415,
                "%%EOF");
        assertThat(files.keys()).isEmpty();
        assertThat(get(forms).json().get("items")).isEmpty();
    }

    @Test
    void refusesAPdfOverTheLimitWith413() {
        byte[] large = TestPdfs.signedForm(15 * 1024 * 1024);

        assertRefused(raw(forms + "?signedOn=2026-01-01", "application/pdf", large), 413, "bytes");
        assertThat(files.keys()).isEmpty();
    }

    @Test
    void keepsEncryptedPdfsAndReportsActiveContent() {
        Reply encrypted = raw(forms + "?signedOn=2026-01-01", "application/pdf", TestPdfs.encrypted());
        Reply scripted = raw(forms + "?signedOn=2026-01-01", "application/pdf", TestPdfs.withJavaScript());
        Reply embedding = raw(forms + "?signedOn=2026-01-01", "application/pdf", TestPdfs.withEmbeddedFile());

        assertThat(encrypted.status()).as(encrypted.toString()).isEqualTo(201);
        assertThat(encrypted.json().get("activeContent").asBoolean()).isFalse();
        assertThat(scripted.json().get("activeContent").asBoolean()).isTrue();
        assertThat(embedding.json().get("activeContent").asBoolean()).isTrue();
    }

    @Test
    void aBadDateAndAnUnknownPersonAreToldPlainly() {
        Reply badDate = raw(forms + "?signedOn=2026-02-30", "application/pdf", TestPdfs.signedForm());
        Reply noDate = multipart(forms, "a.pdf", TestPdfs.signedForm(), Map.of());
        Reply future =
                raw(forms + "?signedOn=" + LocalDate.now().plusDays(3), "application/pdf", TestPdfs.signedForm());
        Reply ghost = raw(
                "/api/influencers/019b76da-a800-7478-8f6c-bc2af502ef0d/consent-forms?signedOn=2026-01-01",
                "application/pdf",
                TestPdfs.signedForm());

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().at("/errors/0/field").asText()).isEqualTo("signedOn");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().at("/errors/0/message").asText()).startsWith("is required");
        assertThat(future.status()).isEqualTo(400);
        assertThat(ghost.status()).isEqualTo(404);
        assertThat(ghost.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(get("/api/influencers/nobody/consent-forms").status()).isEqualTo(404);
        assertThat(files.keys()).isEmpty();
    }

    @Test
    void filesALargePdfThroughAnUploadLink() {
        Reply prepared = call("POST", forms + "/uploads", (byte[]) null, Map.of(), "127.0.0.1");
        assertThat(prepared.status()).as(prepared.toString()).isEqualTo(201);
        JsonNode upload = prepared.json();
        assertThat(upload.get("method").asText()).isEqualTo("PUT");
        assertThat(upload.at("/headers/Content-Type").asText()).isEqualTo("application/pdf");
        files.upload(
                new dev.roster.application.port.UploadLink(
                        java.net.URI.create(upload.get("url").asText()),
                        Map.of("Content-Type", "application/pdf"),
                        java.time.Instant.now().plusSeconds(60)),
                TestPdfs.signedForm(5 * 1024 * 1024));

        Reply filed = post(
                upload.get("fileUrl").asText(),
                "{\"signedOn\":\"2026-04-01\",\"fileName\":\"scan.pdf\",\"note\":\"large\"}");

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().get("size").asLong()).isGreaterThan(5 * 1024 * 1024);
        assertThat(files.keys())
                .containsExactly(FileKey.of(
                        "consent/" + person + "/" + filed.json().get("id").asText() + ".pdf"));
    }

    @Test
    void deletingThePersonLeavesNoFileBehind() {
        raw(forms + "?signedOn=2026-01-01", "application/pdf", TestPdfs.signedForm());
        raw(forms + "?signedOn=2026-01-02", "application/pdf", TestPdfs.signedForm());
        assertThat(files.keys()).hasSize(2);

        assertThat(delete("/api/influencers/" + person).status()).isEqualTo(204);

        assertThat(files.keys()).isEmpty();
    }

    private void assertRefused(Reply reply, int status, String saying) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(reply.json().get("detail").asText()).contains(saying);
    }

    private Reply raw(String path, String type, byte[] body) {
        return call("POST", path, body, Map.of("Content-Type", type), "127.0.0.1");
    }

    private Reply multipart(String path, String fileName, byte[] pdf, Map<String, String> fields) {
        String boundary = "----roster" + System.nanoTime();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        fields.forEach((name, value) -> form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; "
                        + "name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        form.writeBytes(pdf);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return call(
                "POST",
                path,
                form.toByteArray(),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                "127.0.0.1");
    }
}

package dev.roster.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.UploadLink;
import dev.roster.application.testkit.TextSheets;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpreadsheetApiTest extends ApiFixture {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] SMALL =
            TextSheets.sheet("Name\tPhone\tHandle", "김민지\t010-1234-5678\tminji", "Lee\t12\tlee");

    @Test
    void importsARawBodyAtOnceAndReportsTheFailedRows() {
        Reply reply = upload("/api/platforms/a/imports", SMALL, XLSX);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.get("total").asLong()).isEqualTo(2);
        assertThat(report.get("success").asLong()).isEqualTo(1);
        assertThat(report.get("failed").asLong()).isEqualTo(1);
        assertThat(report.get("errorFileUrl").asText()).startsWith("memory://files/imports/errors/");
        assertThat(get("/api/platforms/a/accounts?q=minji").json().get("items")).hasSize(1);
    }

    @Test
    void importsTheFilePartOfAForm() {
        String boundary = "----roster" + System.nanoTime();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"명단.xlsx\"\r\n"
                        + "Content-Type: " + XLSX + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        form.writeBytes(TextSheets.sheet("Name\tPhone\tHandle", "Kim\t010-1234-5678\tkim_form"));
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        Reply reply =
                upload("/api/platforms/a/imports", form.toByteArray(), "multipart/form-data; boundary=" + boundary);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("success").asLong()).isEqualTo(1);
        assertThat(reply.json().get("errorFileUrl").isNull()).isTrue();
    }

    @Test
    void handsOutAnUploadLinkThenImportsWhatWasSentToIt() {
        Reply prepared = call("POST", "/api/platforms/a/imports/uploads", null, Map.of());

        assertThat(prepared.status()).isEqualTo(201);
        JsonNode upload = prepared.json();
        String uploadId = upload.get("uploadId").asText();
        assertThat(upload.get("method").asText()).isEqualTo("PUT");
        assertThat(upload.get("headers").get("Content-Type").asText()).isEqualTo(XLSX);
        assertThat(upload.get("expiresAt").asText()).isNotBlank();
        assertThat(upload.get("importUrl").asText()).isEqualTo("/api/platforms/a/imports/uploads/" + uploadId);
        assertThat(prepared.header("Location"))
                .isEqualTo(upload.get("importUrl").asText());
        assertThat(call("POST", upload.get("importUrl").asText(), null, Map.of())
                        .status())
                .as("nothing sent yet")
                .isEqualTo(404);

        files.upload(
                new UploadLink(
                        URI.create(upload.get("url").asText()),
                        Map.of("Content-Type", XLSX),
                        Instant.parse(upload.get("expiresAt").asText())),
                SMALL);
        Reply imported = call("POST", upload.get("importUrl").asText(), null, Map.of());

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("success").asLong()).isEqualTo(1);
        assertThat(imported.json().get("failed").asLong()).isEqualTo(1);
        assertThat(call("POST", "/api/platforms/zz/imports/uploads", null, Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(call("POST", "/api/platforms/a/imports/uploads/not-an-id", null, Map.of())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void queuesALargeFileAndShowsTheJobUntilItIsDone() {
        Reply reply = upload(
                "/api/platforms/a/imports",
                TextSheets.sheet(
                        "Name\tPhone\tHandle",
                        "A\t010-1111-2201\ta1",
                        "B\t010-1111-2202\ta2",
                        "C\t010-1111-2203\ta3",
                        "D\t010-1111-2204\ta4"),
                XLSX);

        assertThat(reply.status()).isEqualTo(202);
        String jobId = reply.json().get("jobId").asText();
        assertThat(reply.header("Location")).isEqualTo("/api/jobs/" + jobId);
        JsonNode queued = get("/api/jobs/" + jobId).json();
        assertThat(queued.get("status").asText()).isEqualTo("QUEUED");
        assertThat(queued.get("type").asText()).isEqualTo("import");
        assertThat(queued.get("result").isNull()).isTrue();

        List<JobDelivery> deliveries = queue.receive(1, Duration.ofMinutes(1));
        roster.jobs().deliveredBy(queue).run(deliveries.get(0));

        JsonNode done = get("/api/jobs/" + jobId).json();
        assertThat(done.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.get("progress").get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("result").get("total").asLong()).isEqualTo(4);
        assertThat(done.get("result").get("success").asLong()).isEqualTo(4);
        assertThat(done.get("result").get("errorFileUrl").isNull()).isTrue();
        assertThat(get("/api/jobs/not-a-job").status()).isEqualTo(404);
    }

    @Test
    void refusesBadUploadsWithAPlainReasonAndSavesNothing() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        Reply empty = upload("/api/platforms/a/imports", new byte[0], XLSX);
        Reply legacy = upload("/api/platforms/a/imports", ole2, XLSX);
        Reply xlsType = upload("/api/platforms/a/imports", SMALL, "application/vnd.ms-excel");
        Reply huge = upload("/api/platforms/a/imports", new byte[5_000], XLSX);
        Reply noColumn = upload("/api/platforms/a/imports", TextSheets.sheet("Name\tHandle", "Kim\tkim"), XLSX);
        Reply noPart = upload(
                "/api/platforms/a/imports",
                "--b\r\n\r\n--b--".getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=b");
        Reply badFlag = upload("/api/platforms/a/imports?upsert=maybe", SMALL, XLSX);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(legacy.status()).isEqualTo(415);
        assertThat(legacy.json().get("detail").asText()).contains(".xlsx");
        assertThat(xlsType.status()).isEqualTo(415);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(noColumn.status()).isEqualTo(400);
        assertThat(noColumn.json().get("errors").get(0).get("message").asText()).contains("Phone/연락처");
        assertThat(noPart.status()).isEqualTo(400);
        assertThat(badFlag.status()).isEqualTo(400);
        assertThat(get("/api/platforms/a/accounts").json().get("items")).isEmpty();
    }

    @Test
    void downloadsTheTemplateAndAnExportAsWorkbooks() {
        upload("/api/platforms/a/imports", SMALL, XLSX);

        Reply template = get("/api/platforms/a/imports/template?lang=ko");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Type")).isEqualTo(XLSX);
        assertThat(template.header("Content-Disposition")).contains("roster-import-a-ko.xlsx");
        assertThat(template.response().bodyText()).startsWith("이름\t연락처\t계정명");

        Reply export = get("/api/platforms/a/exports?q=minji&sort=handle");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        assertThat(export.response().bodyText().split("\n")).hasSize(2);

        assertThat(get("/api/platforms/a/exports?minFollowers=lots").status()).isEqualTo(400);
        assertThat(get("/api/platforms/a/imports/template?lang=fr").status()).isEqualTo(400);
        assertThat(get("/api/platforms/zz/exports").status()).isEqualTo(404);
    }

    private Reply upload(String path, byte[] body, String contentType) {
        return call("POST", path, body, Map.of("Content-Type", contentType), "127.0.0.1");
    }
}

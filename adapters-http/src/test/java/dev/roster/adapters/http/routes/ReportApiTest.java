package dev.roster.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.application.port.UploadLink;
import dev.roster.application.testkit.TextSheets;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reports' routes: each report taken as a job, followed at /api/jobs/{id}. */
class ReportApiTest extends ApiFixture {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] POSTS =
            TextSheets.sheet("Profile URL\tPost URL", "https://blog.example/minji\thttps://blog.example/p/1");

    @Test
    void takesAPostCheckAsAJobAndSaysWhyOneCannotRun() {
        Reply reply = call("POST", "/api/platforms/a/post-checks", POSTS, Map.of("Content-Type", XLSX), "127.0.0.1");

        assertThat(reply.status()).isEqualTo(202);
        String jobId = reply.json().get("jobId").asText();
        assertThat(reply.header("Location")).isEqualTo("/api/jobs/" + jobId);
        JsonNode queued = get("/api/jobs/" + jobId).json();
        assertThat(queued.get("type").asText()).isEqualTo("post-check");
        assertThat(queued.get("status").asText()).isEqualTo("QUEUED");

        roster.jobs()
                .deliveredBy(queue)
                .run(queue.receive(1, Duration.ofMinutes(1)).get(0));

        // This roster reads no platform's posts: the job fails saying so, rather than calling a post anything.
        JsonNode failed = get("/api/jobs/" + jobId).json();
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.toString()).contains("does not read Platform A's posts");
    }

    @Test
    void refusesAWorkbookWithoutAPostColumnOrAnUnknownPlatform() {
        Reply noColumn = call(
                "POST",
                "/api/platforms/a/post-checks",
                TextSheets.sheet("Name\tProfile URL", "x\ty"),
                Map.of("Content-Type", XLSX),
                "127.0.0.1");
        Reply unknown = call("POST", "/api/platforms/zz/post-checks", POSTS, Map.of("Content-Type", XLSX), "127.0.0.1");

        assertThat(noColumn.status()).isEqualTo(400);
        assertThat(noColumn.toString()).contains("Post URL/게시물 URL");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(queue.receive(1, Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void takesAWorkbookSentToAnUploadLink() {
        Reply prepared = call("POST", "/api/platforms/a/post-checks/uploads", null, Map.of());

        assertThat(prepared.status()).isEqualTo(201);
        JsonNode upload = prepared.json();
        String checkUrl = upload.get("importUrl").asText();
        assertThat(checkUrl)
                .isEqualTo("/api/platforms/a/post-checks/uploads/"
                        + upload.get("uploadId").asText());
        assertThat(call("POST", checkUrl, null, Map.of()).status())
                .as("nothing sent yet")
                .isEqualTo(404);

        files.upload(
                new UploadLink(
                        URI.create(upload.get("url").asText()),
                        Map.of("Content-Type", XLSX),
                        Instant.parse(upload.get("expiresAt").asText())),
                POSTS);
        Reply queued = call("POST", checkUrl, null, Map.of());

        assertThat(queued.status()).isEqualTo(202);
        assertThat(get("/api/jobs/" + queued.json().get("jobId").asText())
                        .json()
                        .get("type")
                        .asText())
                .isEqualTo("post-check");
    }

    @Test
    void takesACommentAnalysisOfAListOrOfAWorkbook() {
        Reply listed = call(
                "POST",
                "/api/platforms/a/comment-analyses?lang=ko",
                "{\"posts\": [\"https://blog.example/p/1\", \"https://blog.example/p/2\"]}",
                Map.of("Content-Type", "application/json"));
        Reply uploaded =
                call("POST", "/api/platforms/a/comment-analyses", POSTS, Map.of("Content-Type", XLSX), "127.0.0.1");

        assertThat(listed.status()).isEqualTo(202);
        assertThat(uploaded.status()).isEqualTo(202);
        JsonNode job = get("/api/jobs/" + listed.json().get("jobId").asText()).json();
        assertThat(job.get("type").asText()).isEqualTo("comment-analysis");
        assertThat(job.get("status").asText()).isEqualTo("QUEUED");
    }

    @Test
    void refusesACommentAnalysisOfNothingOrOfWhatIsNotAList() {
        for (String body : new String[] {
            "{\"posts\": []}",
            "{\"posts\": \"https://blog.example/p/1\"}",
            "{\"posts\": [1]}",
            "{\"post\": [\"https://blog.example/p/1\"]}",
            "[]"
        }) {
            Reply refused =
                    call("POST", "/api/platforms/a/comment-analyses", body, Map.of("Content-Type", "application/json"));
            assertThat(refused.status()).as(body).isEqualTo(400);
        }
        assertThat(call(
                                "POST",
                                "/api/platforms/a/comment-analyses?lang=fr",
                                "{\"posts\": [\"https://x\"]}",
                                Map.of("Content-Type", "application/json"))
                        .status())
                .isEqualTo(400);
        assertThat(queue.receive(1, Duration.ofMinutes(1))).isEmpty();
    }
}

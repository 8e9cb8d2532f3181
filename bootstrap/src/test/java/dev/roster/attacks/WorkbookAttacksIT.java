package dev.roster.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.e2e.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Workbooks made to exhaust memory, uploaded to the packaged server given a heap of 256 MB: each is refused with a
 * plain reason, nothing is written, and the server imports an honest workbook afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookAttacksIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HttpClient http = HttpClient.newHttpClient();
    private ServerProcess server;

    @BeforeAll
    void startServer() throws Exception {
        server = ServerProcess.start(
                List.of("-Xmx256m"),
                List.of(
                        "--port",
                        "0",
                        "--data-dir",
                        Files.createTempDirectory("roster-workbook-attacks").toString()),
                Duration.ofSeconds(90));
    }

    @AfterAll
    void stopServer() throws Exception {
        server.stop(Duration.ofSeconds(20));
    }

    @Test
    void aMegabyteCellIsRefused() throws Exception {
        assertRefused(AttackWorkbooks.megabyteCell(), "holds more than 32,767 characters");
    }

    @Test
    void cellsInColumnXfdOnFiftyThousandRowsAreRefused() throws Exception {
        assertRefused(AttackWorkbooks.xfdOnFiftyThousandRows(), "has a value in column XFD");
    }

    @Test
    void aSharedStringsPartOf200MegabytesIsRefused() throws Exception {
        Path workbook = AttackWorkbooks.sharedStringsOf200Megabytes();
        assertThat(Files.size(workbook)).as("fits an upload").isLessThan(20L * 1024 * 1024);

        assertRefused(workbook, "shared-strings part larger than");
    }

    private void assertRefused(Path workbook, String reason) throws Exception {
        try {
            HttpResponse<String> refused = http.send(
                    HttpRequest.newBuilder(url("/api/platforms/a/imports"))
                            .header("Content-Type", XLSX)
                            .POST(HttpRequest.BodyPublishers.ofFile(workbook))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body())
                    .contains(reason)
                    .doesNotContain("Exception")
                    .doesNotContain("at dev.");
        } finally {
            Files.delete(workbook);
        }
        assertThat(get("/api/platforms/a/accounts").body()).startsWith("{\"items\":[]");
        String handle = "after" + Long.toHexString(System.nanoTime());
        HttpResponse<String> honest = http.send(
                HttpRequest.newBuilder(url("/api/platforms/b/imports"))
                        .header("Content-Type", XLSX)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(AttackWorkbooks.legitimate(handle)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(honest.statusCode()).as(honest.body()).isEqualTo(200);
        assertThat(get("/api/platforms/b/accounts?q=" + handle).body()).contains(handle);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return server.url().resolve(path);
    }
}

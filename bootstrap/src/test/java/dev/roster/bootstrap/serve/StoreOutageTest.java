package dev.roster.bootstrap.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.bootstrap.config.StoreOptions;
import dev.roster.bootstrap.local.LocalPostgres;
import dev.roster.e2e.Workbooks;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real PostgreSQL stopped and started again under a running server: while it is gone the process still answers
 * liveness, readiness answers 503 naming the store and the job queue, API calls answer 503 with {@code Retry-After}
 * within 5 s (never 500, never a hang), and once it is back the same server serves again without a restart.
 */
class StoreOutageTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsGoneAndRecoversWithoutARestart() throws Exception {
        LocalPostgres database = LocalPostgres.start(dir.resolve("db"));
        int port = database.port();
        StoreOptions options = new StoreOptions();
        options.store = "postgres";
        options.jdbcUrl = database.jdbcUrl();
        options.jdbcUser = LocalPostgres.USER;
        options.dataDir = dir.resolve("data");
        try (LocalServer server = LocalServer.start(
                LocalServer.Settings.loopback(0, options.dataDir),
                new EdgeSecurity(IpAllowlist.loopback(), new ClientAddresses(IpAllowlist.parse("")), new OpenAccess()),
                Stores.open(options),
                CollectionWiring.none(),
                new PrintStream(PrintStream.nullOutputStream()))) {
            URI base = server.url();
            assertThat(get(base, "/api/health/ready").statusCode()).isEqualTo(200);
            HttpResponse<String> created = post(
                    base,
                    "/api/platforms/a/accounts",
                    "{\"name\":\"김민지\",\"phone\":\"010-1234-5678\",\"handle\":\"minji\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            HttpResponse<String> imported = http.send(
                    HttpRequest.newBuilder(base.resolve("/api/platforms/a/imports"))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", XLSX)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(workbook()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

            String metrics = get(base, "/api/metrics").body();
            assertThat(metrics)
                    .as("the roster counts into the metrics the server serves")
                    .contains("roster_import_rows_total{platform=\"a\",outcome=\"saved\"} 1\n")
                    .contains("roster_import_rows_total{platform=\"a\",outcome=\"failed\"} 1\n");
            assertThat(metrics)
                    .as("the account and the imported one, never collected")
                    .contains("roster_collection_accounts{platform=\"a\",outcome=\"never\"} 2\n")
                    .contains("roster_job_queue_depth{queue=\"jobs\"} 0\n")
                    .contains("roster_http_requests_total{method=\"POST\",route=\"/api/platforms/{platform}/accounts\","
                            + "status=\"201\"} 1\n");

            database.close();

            assertThat(get(base, "/api/health").statusCode()).as("liveness").isEqualTo(200);
            HttpResponse<String> metricsWhileDown = get(base, "/api/metrics");
            assertThat(metricsWhileDown.statusCode())
                    .as("counters need no database")
                    .isEqualTo(200);
            assertThat(metricsWhileDown.body())
                    .contains("roster_http_requests_total")
                    .doesNotContain("roster_job_queue_depth{");
            long started = System.nanoTime();
            HttpResponse<String> notReady = get(base, "/api/health/ready");
            assertThat(millisSince(started)).isLessThan(5_000);
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(notReady.headers().firstValue("Retry-After")).isPresent();
            JsonNode problem = JSON.readTree(notReady.body());
            assertThat(problem.get("down").toString()).isEqualTo("[\"jobQueue\",\"store\"]");
            assertThat(problem.get("checks").get("fileStore").asText()).isEqualTo("UP");

            for (String path : new String[] {"/api/platforms/a/accounts?q=민지", "/api/platforms/a/accounts"}) {
                started = System.nanoTime();
                HttpResponse<String> answer = path.endsWith("?q=민지")
                        ? get(base, path)
                        : post(base, path, "{\"name\":\"박서준\",\"phone\":\"010-2222-3333\",\"handle\":\"seojun\"}");
                assertThat(millisSince(started)).as(path).isLessThan(5_000);
                assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Retry-After")).as(path).isPresent();
            }

            database = LocalPostgres.start(dir.resolve("db"), port);

            HttpResponse<String> ready = get(base, "/api/health/ready");
            for (int tries = 0; ready.statusCode() != 200 && tries < 20; tries++) {
                Thread.sleep(500);
                ready = get(base, "/api/health/ready");
            }
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            HttpResponse<String> found = get(base, "/api/platforms/a/accounts?q=민지");
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("minji");
        } finally {
            database.close();
        }
    }

    private HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path.replace("민지", "%EB%AF%BC%EC%A7%80")))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI base, String path, String json) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One row to save and one that fails (its handle is taken). */
    private static byte[] workbook() {
        return Workbooks.of(
                List.of("Name", "Phone", "Handle"),
                List.of(List.of("이서준", "010-2222-3333", "seojun"), List.of("Park Jiwoo", "010-4444-5555", "minji")));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}

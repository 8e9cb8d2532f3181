package dev.roster.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every line the packaged server writes, on standard output and standard error, its own and its libraries', is in the
 * one format asked for: with {@code --log-format json} each is one JSON object with time, level, logger and message
 * (a request's line with its requestId); with {@code --log-format text} none is JSON.
 */
class ServerLogLinesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyLineIsOneJsonObjectWithTimeLevelLoggerAndMessage() throws Exception {
        List<String> lines = linesOfARun("json");

        JsonLogLines.assertEveryLineIsOneJsonObject(lines);
        assertThat(lines).anyMatch(line -> line.contains("Roster is serving"));
        JsonNode request = JSON.readTree(lines.stream()
                .filter(line -> line.contains("/api/platforms/a/accounts"))
                .filter(line -> line.contains("\"status\":404"))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no line of the 404 request among:\n" + String.join("\n", lines))));
        assertThat(request.get("logger").asText()).isEqualTo("roster.http");
        assertThat(request.get("requestId").asText()).isEqualTo("log-lines-test");
    }

    @Test
    void withTextNoLineIsJson() throws Exception {
        List<String> lines = linesOfARun("text");

        assertThat(lines).anyMatch(line -> line.contains("Roster is serving"));
        assertThat(lines)
                .anyMatch(line -> line.contains(" roster.http GET /api/platforms/a/accounts/")
                        && line.contains("requestId=log-lines-test"));
        assertThat(lines).noneMatch(line -> line.startsWith("{"));
    }

    /** Starts the server, asks it something that succeeds and something that is not found, stops it; its lines. */
    private static List<String> linesOfARun(String format) throws Exception {
        ServerProcess server = ServerProcess.start(
                List.of(
                        "--port",
                        "0",
                        "--log-format",
                        format,
                        "--data-dir",
                        Files.createTempDirectory("roster-log-lines").toString(),
                        "--store",
                        "postgres",
                        "--jdbc-url",
                        TestDatabase.jdbcUrl(),
                        "--jdbc-user",
                        TestDatabase.user(),
                        "--jdbc-password",
                        TestDatabase.password()),
                Duration.ofSeconds(60));
        try {
            HttpClient http = HttpClient.newHttpClient();
            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("/api/health", 200);
            expected.put("/api/platforms/a/accounts/00000000-0000-0000-0000-000000000000", 404);
            for (Map.Entry<String, Integer> ask : expected.entrySet()) {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(server.url() + ask.getKey()))
                                .header("X-Request-Id", "log-lines-test")
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode())
                        .as(() -> ask.getKey() + " answered " + response.body() + "\nwhile the server said:\n"
                                + String.join("\n", server.output()))
                        .isEqualTo(ask.getValue());
            }
            // Stopped as Ctrl-C or a service manager does (SIGTERM): the JVM exits 143 once its shutdown hook is done.
            assertThat(server.stop(Duration.ofSeconds(30))).isIn(0, 143);
        } finally {
            server.close();
        }
        return server.output();
    }
}

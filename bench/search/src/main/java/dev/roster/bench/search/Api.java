package dev.roster.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The few calls of Roster's HTTP API the benchmark makes, as any client would make them. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Api(URI base) {
        this.base = base;
    }

    /** Posts the workbook as staff upload it and waits for its job; the job's result. */
    JsonNode importWorkbook(byte[] workbook) throws IOException, InterruptedException {
        JsonNode queued = send(
                HttpRequest.newBuilder(base.resolve("/api/platforms/a/imports"))
                        .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)),
                202);
        String job = queued.get("jobId").asText();
        while (true) {
            JsonNode state = get("/api/jobs/" + job);
            String status = state.get("status").asText();
            if (status.equals("SUCCEEDED")) {
                return state.get("result");
            }
            if (status.equals("FAILED")) {
                throw new IllegalStateException("the import failed: " + state);
            }
            Thread.sleep(500);
        }
    }

    void reportFollowers(String accountId, long followers) throws IOException, InterruptedException {
        String body = "{\"collectedAt\":\"2026-12-01T00:00:00Z\",\"metrics\":{\"followers\":" + followers + "}}";
        send(
                HttpRequest.newBuilder(base.resolve("/api/platforms/a/accounts/" + accountId + "/metrics"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                201,
                200,
                204);
    }

    /** One account, as the web UI shows it when a row is opened: the baseline a search is compared with. */
    JsonNode account(String id) throws IOException, InterruptedException {
        return get("/api/platforms/a/accounts/" + id);
    }

    /** A search page: the query string as the web UI sends it, e.g. {@code q=민지&sort=name}. */
    JsonNode search(String query) throws IOException, InterruptedException {
        return get("/api/platforms/a/accounts?" + query);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), 200);
    }

    private JsonNode send(HttpRequest.Builder request, int... expected) throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            }
        }
        throw new IllegalStateException(
                request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
}

package dev.roster.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import java.io.IOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SystemApiTest extends ApiFixture {

    @Test
    void saysItIsUpAndOnWhichStore() {
        JsonNode health = get("/api/health").json();

        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("store").asText()).isEqualTo("memory");
    }

    @Test
    void listsThePlatformsAndTheirMetrics() {
        JsonNode platforms = get("/api/platforms").json();

        assertThat(platforms).hasSize(2);
        assertThat(platforms.get(0).get("code").asText()).isEqualTo("a");
        assertThat(platforms.get(0).get("name").asText()).isEqualTo("Platform A");
        assertThat(platforms.get(0).get("metrics").toString()).isEqualTo("[\"followers\",\"dailyVisitors\"]");
    }

    @Test
    void servesThePlatformDefinitionsInTheFilesShapeBuiltInWhenNoneWereLoaded() {
        JsonNode definitions = get("/api/platforms/definitions").json();

        assertThat(definitions.toString())
                .isEqualTo("{\"platforms\":["
                        + "{\"code\":\"a\",\"name\":\"Platform A\",\"hosts\":[\"blog.example\"],"
                        + "\"metrics\":[\"followers\",\"dailyVisitors\"]},"
                        + "{\"code\":\"b\",\"name\":\"Platform B\",\"hosts\":[\"b.example\"],"
                        + "\"metrics\":[\"followers\"]}]}");
    }

    @Test
    void servesTheDefinitionsItWasGivenAsTheyAre() {
        byte[] loaded =
                "{\"platforms\":[{\"code\":\"a\",\"name\":\"A\",\"hosts\":[\"a.example\"],\"metrics\":[\"followers\"],\"collect\":{\"source\":\"http\"}}]}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        api = new HttpApi(
                RosterApi.routes(
                        roster, "memory", JSON, Readiness.none(), new ApiMetrics(), PlatformsDocument.of(loaded)),
                openToAnyone(),
                JSON,
                new JsonLinesRequestLog(System.out, JSON),
                Clock.systemUTC());

        Reply served = get("/api/platforms/definitions");

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).startsWith("application/json");
        assertThat(served.response().body()).isEqualTo(loaded);
    }

    @Test
    void tellsTheLocalCallerThatTheyActAsAdmin() {
        JsonNode me = get("/api/me").json();

        assertThat(me.get("subject").asText()).isEqualTo("local");
        assertThat(me.get("roles").toString()).isEqualTo("[\"viewer\",\"editor\",\"admin\"]");
    }

    @Test
    void documentsEveryRouteItServesAndNoOther() throws IOException {
        JsonNode document =
                new ObjectMapper().readTree(get("/api/openapi.json").response().body());
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (!method.equals("parameters")) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        Set<String> served = new HashSet<>();
        RosterApi.routes(roster, "memory", JSON)
                .routes()
                .forEach(route -> served.add(route.method() + " " + route.path().text()));

        assertThat(document.get("openapi").asText()).startsWith("3.1");
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void echoesASafeRequestIdAndReplacesAnUnsafeOne() {
        Reply echoed = call("GET", "/api/health", null, Map.of("X-Request-Id", "abc-123"));
        Reply replaced = call("GET", "/api/health", null, Map.of("X-Request-Id", "x\r\nSet-Cookie: a=b"));

        assertThat(echoed.header("X-Request-Id")).isEqualTo("abc-123");
        assertThat(replaced.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void logsEachRequestWithoutItsQueryString() {
        get("/api/platforms/a/accounts?q=%EA%B9%80%EB%AF%BC%EC%A7%80");

        RequestRecord record = logged.get(logged.size() - 1);
        assertThat(record.method()).isEqualTo("GET");
        assertThat(record.path()).isEqualTo("/api/platforms/a/accounts");
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.requestId()).isNotBlank();
        assertThat(record.clientIp()).isEqualTo("127.0.0.1");
        assertThat(record.caller()).isEqualTo("local");
        assertThat(record.route()).isEqualTo("/api/platforms/{platform}/accounts");
    }

    @Test
    void aRequestsLineNamesItsRouteByTemplateWhateverBecameOfIt() {
        get("/api/platforms/a/accounts/00000000-0000-0000-0000-000000000001");
        call("DELETE", "/api/health", (String) null, Map.of());
        get("/api/nothing-here/" + "x".repeat(40));
        call("get", "/api/health", (byte[]) null, Map.of(), "not an address");

        assertThat(logged)
                .extracting(RequestRecord::status, RequestRecord::route)
                .containsExactly(
                        tuple(404, "/api/platforms/{platform}/accounts/{id}"),
                        tuple(405, "(wrong method)"),
                        tuple(404, "(no route)"),
                        tuple(403, "/api/health"));
    }

    @Test
    void answersABugWithAnInternalErrorThatHidesTheTraceAndKeepsServing() {
        api = new HttpApi(
                RosterApi.routes(roster, "memory", JSON).with(List.of(Route.get("/api/boom", Access.OPEN, call -> {
                    throw new IllegalStateException("secret detail");
                }))),
                openToAnyone(),
                JSON,
                new JsonLinesRequestLog(System.out, JSON),
                Clock.systemUTC());

        Reply boom = get("/api/boom");

        assertThat(boom.status()).isEqualTo(500);
        assertThat(boom.response().bodyText()).doesNotContain("secret detail").doesNotContain("IllegalStateException");
        assertThat(boom.json().get("detail").asText()).contains(boom.header("X-Request-Id"));
        assertThat(get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void isReadyWhenEveryPartAnswers() {
        serveWithParts(Map.of("store", () -> {}, "jobQueue", () -> {}, "fileStore", () -> {}));

        Reply ready = get("/api/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        assertThat(ready.json().get("checks").toString())
                .isEqualTo("{\"fileStore\":\"UP\",\"jobQueue\":\"UP\",\"store\":\"UP\"}");
    }

    @Test
    void isNotReadyNamingThePartsThatAreDownWhileItStillLives() {
        serveWithParts(Map.of(
                "store",
                () -> {
                    throw new IllegalStateException("connection refused");
                },
                "jobQueue",
                () -> Thread.sleep(60_000),
                "fileStore",
                () -> {}));

        long started = System.nanoTime();
        Reply notReady = get("/api/health/ready");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(notReady.status()).isEqualTo(503);
        assertThat(notReady.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(notReady.header("Retry-After")).isEqualTo("5");
        assertThat(notReady.json().get("type").asText()).isEqualTo("urn:roster:problem:unavailable");
        assertThat(notReady.json().get("down").toString()).isEqualTo("[\"jobQueue\",\"store\"]");
        assertThat(notReady.json().get("detail").asText()).isEqualTo("Not ready: jobQueue, store are down.");
        assertThat(notReady.json().get("checks").get("store").asText()).isEqualTo("DOWN: connection refused");
        assertThat(notReady.json().get("checks").get("fileStore").asText()).isEqualTo("UP");
        assertThat(tookMillis).as("a hanging part is reported, not waited for").isLessThan(5_000);
        assertThat(get("/api/health").status()).as("liveness").isEqualTo(200);
    }

    @Test
    void countsRequestsByRouteTemplateAndStatusInThePrometheusFormat() {
        ApiMetrics metrics = new ApiMetrics()
                .gauge(
                        "roster_job_queue_depth",
                        "Jobs waiting, by queue.",
                        () -> Map.of(Labels.of("queue", "jobs"), 3));
        RouteTable routes = RosterApi.routes(roster, "memory", JSON, Readiness.none(), metrics);
        api = new HttpApi(
                routes,
                openToAnyone(),
                JSON,
                metrics.counting(new JsonLinesRequestLog(System.out, JSON)),
                Clock.systemUTC());
        get("/api/platforms/a/accounts/00000000-0000-0000-0000-000000000001");
        get("/api/platforms/a/accounts/00000000-0000-0000-0000-000000000002");
        get("/api/health");
        get("/api/nothing-here");

        Reply scraped = get("/api/metrics");

        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(scraped.response().bodyText())
                .contains("# TYPE roster_http_requests_total counter\n")
                .contains("roster_http_requests_total{method=\"GET\",route=\"/api/platforms/{platform}/accounts/{id}\","
                        + "status=\"404\"} 2\n")
                .contains("roster_http_requests_total{method=\"GET\",route=\"/api/health\",status=\"200\"} 1\n")
                .contains("roster_http_requests_total{method=\"GET\",route=\"(no route)\",status=\"404\"} 1\n")
                .contains("# TYPE roster_job_queue_depth gauge\nroster_job_queue_depth{queue=\"jobs\"} 3\n")
                .doesNotContain("00000000-0000");
        PrometheusTextParser.Scrape parsed =
                PrometheusTextParser.parse(scraped.response().bodyText());
        assertThat(parsed.value(
                        "roster_http_request_duration_seconds_count",
                        Map.of("method", "GET", "route", "/api/platforms/{platform}/accounts/{id}", "status", "404")))
                .isEqualTo(2);
    }

    private void serveWithParts(Map<String, Readiness.Probe> parts) {
        api = new HttpApi(
                RosterApi.routes(roster, "memory", JSON, Readiness.of(parts), new ApiMetrics()),
                openToAnyone(),
                JSON,
                new JsonLinesRequestLog(System.out, JSON),
                Clock.systemUTC());
    }

    private static EdgeSecurity openToAnyone() {
        return new EdgeSecurity(
                IpAllowlist.parse("0.0.0.0/0,::/0"), new ClientAddresses(IpAllowlist.parse("")), new OpenAccess());
    }
}

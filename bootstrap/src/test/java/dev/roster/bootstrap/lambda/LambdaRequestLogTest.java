package dev.roster.bootstrap.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.adapters.http.routes.RequestRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The API function's log line: one JSON object with the X-Ray trace id, and an EMF document CloudWatch reads. */
class LambdaRequestLogTest {

    @Test
    void oneJsonLineWithTheTraceIdThatIsAlsoAnEmbeddedMetricFormatDocument() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LambdaRequestLog log = new LambdaRequestLog(
                new LambdaLog(
                        new PrintStream(bytes, true, StandardCharsets.UTF_8),
                        () -> "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
                        Clock.systemUTC()),
                Clock.systemUTC());

        log.record(new RequestRecord(
                Instant.parse("2026-12-07T12:00:00Z"),
                "req-1",
                "GET",
                "/api/platforms/a/accounts/0f8fad5b-d9cb-469f-a165-70867728950e",
                "/api/platforms/{platform}/accounts/{id}",
                404,
                2_500,
                "203.0.113.9",
                "kim"));

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(text);
        assertThat(line.get("time").asText()).isEqualTo("2026-12-07T12:00:00Z");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("logger").asText()).isEqualTo("roster.http");
        assertThat(line.get("requestId").asText()).isEqualTo("req-1");
        assertThat(line.get("traceId").asText()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
        assertThat(line.get("route").asText()).isEqualTo("/api/platforms/{platform}/accounts/{id}");
        JsonNode emf = line.get("_aws");
        assertThat(emf.get("Timestamp").asLong())
                .isEqualTo(Instant.parse("2026-12-07T12:00:00Z").toEpochMilli());
        JsonNode directive = emf.get("CloudWatchMetrics").get(0);
        assertThat(directive.get("Namespace").asText()).isEqualTo("Roster");
        assertThat(directive.get("Dimensions").toString()).isEqualTo("[[\"route\",\"statusCode\"]]");
        // Every dimension and metric the directive names is a member of the line, as EMF requires.
        assertThat(line.get("statusCode").asText()).isEqualTo("404");
        assertThat(line.get("Requests").asInt()).isEqualTo(1);
        assertThat(line.get("Latency").asDouble()).isEqualTo(2.5);
    }

    @Test
    void withoutATraceHeaderTheLineHasNoTraceId() {
        assertThat(LambdaLog.traceId(null)).isNull();
        assertThat(LambdaLog.traceId("Parent=1;Sampled=0")).isNull();
    }
}

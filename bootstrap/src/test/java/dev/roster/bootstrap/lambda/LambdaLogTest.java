package dev.roster.bootstrap.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The functions' log: libraries' lines and errors in the one JSON format, each with the invocation's ids. */
class LambdaLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final LambdaLog log = new LambdaLog(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            () -> "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
            Clock.systemUTC());

    @Test
    void whatALibraryPrintsBecomesLinesOfTheOneFormatWithTheIds() throws Exception {
        log.invocation("request-7");
        log.job("0190a8c4-9f53-7c3e-9d8e-1b2c3d4e5f60");
        PrintStream standardError = log.stream("WARN", "roster");

        standardError.println("WARN software.amazon.awssdk.http.Retry - slow down");
        new IllegalStateException("boom").printStackTrace(standardError);

        List<JsonNode> lines = lines();
        assertThat(lines.get(0).get("level").asText()).isEqualTo("WARN");
        assertThat(lines.get(0).get("logger").asText()).isEqualTo("software.amazon.awssdk.http.Retry");
        assertThat(lines.get(0).get("message").asText()).isEqualTo("slow down");
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> {
            assertThat(line.get("requestId").asText()).isEqualTo("request-7");
            assertThat(line.get("jobId").asText()).isEqualTo("0190a8c4-9f53-7c3e-9d8e-1b2c3d4e5f60");
            assertThat(line.get("traceId").asText()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
            assertThat(line.get("time").asText()).isNotBlank();
        });
    }

    @Test
    void anErrorThroughLambdasLoggerCarriesItsStackTraceAsAField() throws Exception {
        log.invocation("request-8");

        log.lambdaLogger("roster.worker")
                .log(
                        "job 1 failed on delivery 3 of 3: java.lang.IllegalStateException: boom\n"
                                + "java.lang.IllegalStateException: boom\n\tat dev.roster.Some.where(Some.java:1)\n",
                        LogLevel.ERROR);
        log.warn("roster.scheduler", "scheduling failed", new IllegalArgumentException("bad"));

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("level").asText()).isEqualTo("ERROR");
        assertThat(lines.get(0).get("message").asText())
                .isEqualTo("job 1 failed on delivery 3 of 3: java.lang.IllegalStateException: boom");
        assertThat(lines.get(0).get("stackTrace").asText()).contains("at dev.roster.Some.where(Some.java:1)");
        assertThat(lines.get(1).get("level").asText()).isEqualTo("ERROR");
        assertThat(lines.get(1).get("stackTrace").asText())
                .startsWith("java.lang.IllegalArgumentException: bad")
                .contains("at dev.roster.bootstrap.lambda.LambdaLogTest");
        assertThat(lines)
                .allSatisfy(line -> assertThat(line.get("requestId").asText()).isEqualTo("request-8"));
    }

    @Test
    void withoutATraceHeaderTheLinesHaveNoTraceId() throws Exception {
        LambdaLog untraced =
                new LambdaLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> null, Clock.systemUTC());

        untraced.info("roster.worker", "hello", java.util.Map.of());

        assertThat(lines().get(0).has("traceId")).isFalse();
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String text : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode line = JSON.readTree(text);
            assertThat(line.isObject()).as(text).isTrue();
            lines.add(line);
        }
        return lines;
    }
}

package dev.roster.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines written to standard output or error, Roster's and SLF4J simple's, come out in the one format. */
class FormattedLinesTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void inJsonEveryLineIsAnObjectWithTheLibrarysLevelAndLoggerWhenItSaysThem() throws Exception {
        List<String> lines = written(
                LogFormat.JSON,
                "Roster is serving http://127.0.0.1:8080\n"
                        + "WARN com.zaxxer.hikari.pool.ProxyConnection - Connection marked as broken\n"
                        + "org.postgresql.util.PSQLException: FATAL: terminating connection\n"
                        + "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:446)\n");

        assertThat(lines).hasSize(4);
        ObjectMapper json = new ObjectMapper();
        JsonNode banner = json.readTree(lines.get(0));
        assertThat(banner.get("time").asText()).isEqualTo("2026-12-07T12:00:00Z");
        assertThat(banner.get("level").asText()).isEqualTo("INFO");
        assertThat(banner.get("logger").asText()).isEqualTo("roster");
        assertThat(banner.get("message").asText()).isEqualTo("Roster is serving http://127.0.0.1:8080");
        JsonNode library = json.readTree(lines.get(1));
        assertThat(library.get("level").asText()).isEqualTo("WARN");
        assertThat(library.get("logger").asText()).isEqualTo("com.zaxxer.hikari.pool.ProxyConnection");
        assertThat(library.get("message").asText()).isEqualTo("Connection marked as broken");
        JsonNode trace = json.readTree(lines.get(3));
        assertThat(trace.get("logger").asText()).isEqualTo("com.zaxxer.hikari.pool.ProxyConnection");
        assertThat(trace.get("stackTrace").asBoolean()).isTrue();
    }

    @Test
    void inTextALineHasItsTimeLevelAndLoggerAndAStackTraceStaysAsItWas() {
        List<String> lines = written(
                LogFormat.TEXT, "WARN com.zaxxer.hikari.HikariDataSource - slow\n" + "\tat a.b.C.d(C.java:1)\n");

        assertThat(lines)
                .containsExactly(
                        "2026-12-07T12:00:00Z WARN  com.zaxxer.hikari.HikariDataSource slow", "\tat a.b.C.d(C.java:1)");
    }

    private static List<String> written(LogFormat format, String text) {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        PrintStream formatted = new PrintStream(
                new FormattedLines(
                        new PrintStream(target, true, StandardCharsets.UTF_8),
                        new LogLine(format),
                        "INFO",
                        "roster",
                        NOON),
                true,
                StandardCharsets.UTF_8);
        formatted.print(text);
        formatted.flush();
        return target.toString(StandardCharsets.UTF_8).lines().toList();
    }
}

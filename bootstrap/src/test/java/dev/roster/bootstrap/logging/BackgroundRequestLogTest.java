package dev.roster.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.adapters.http.routes.RequestRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The request log written by a thread of its own: every line, whole and in order, and no request waits on output. */
class BackgroundRequestLogTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    private static final LogLine JSON_LINES = new LogLine(LogFormat.JSON);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyLineComesOutAsTheFormattedLogWritesItInTheOrderTheRequestsHandedThemOver() throws Exception {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        FormattedRequestLog direct = formatted(new PrintStream(expected, true, StandardCharsets.UTF_8));
        BackgroundRequestLog log = BackgroundRequestLog.start(
                new PrintStream(written, true, StandardCharsets.UTF_8), BackgroundRequestLogTest::formatted);

        for (int i = 0; i < 20_000; i++) {
            log.record(record("request-" + i));
            direct.record(record("request-" + i));
        }
        IllegalStateException broken = new IllegalStateException("store down");
        log.failure("request-x", broken);
        direct.failure("request-x", broken);
        log.close();

        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
        assertThat(written.toString(StandardCharsets.UTF_8).lines()).hasSize(20_001);
    }

    @Test
    void aRequestDoesNotWaitForAnOutputThatIsStuck() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        OutputStream stuck = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                awaitRelease(release);
                written.write(bytes, offset, length);
            }
        };
        BackgroundRequestLog log = BackgroundRequestLog.start(
                new PrintStream(stuck, true, StandardCharsets.UTF_8), BackgroundRequestLogTest::formatted);

        long started = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            log.record(record("request-" + i));
        }
        long handedOverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        release.countDown();
        log.close();

        assertThat(handedOverMillis).isLessThan(2_000);
        assertThat(written.toString(StandardCharsets.UTF_8).lines()).hasSize(1_000);
    }

    @Test
    void theServersOtherLinesNeverLandInsideARequestsLine() throws Exception {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(written, true, StandardCharsets.UTF_8);
        BackgroundRequestLog log = BackgroundRequestLog.start(out, BackgroundRequestLogTest::formatted);

        Thread other = new Thread(() -> IntStream.range(0, 5_000).forEach(i -> out.println("other line " + i)));
        other.start();
        for (int i = 0; i < 5_000; i++) {
            log.record(record("request-" + i));
        }
        other.join();
        log.close();

        List<String> requests = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String line : written.toString(StandardCharsets.UTF_8).lines().toList()) {
            if (line.startsWith("other line ")) {
                others.add(line);
            } else {
                requests.add(JSON.readTree(line).get("requestId").asText());
            }
        }
        assertThat(others).hasSize(5_000);
        assertThat(requests)
                .containsExactlyElementsOf(
                        IntStream.range(0, 5_000).mapToObj(i -> "request-" + i).toList());
    }

    @Test
    void aLineHandedOverAfterCloseIsStillWritten() throws Exception {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        BackgroundRequestLog log = BackgroundRequestLog.start(
                new PrintStream(written, true, StandardCharsets.UTF_8), BackgroundRequestLogTest::formatted);
        log.record(record("before"));
        log.close();

        log.record(record("after"));

        List<JsonNode> lines = new ArrayList<>();
        for (String line : written.toString(StandardCharsets.UTF_8).lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(line -> line.get("requestId").asText()).containsExactly("before", "after");
    }

    private static FormattedRequestLog formatted(PrintStream out) {
        return new FormattedRequestLog(out, JSON_LINES, NOON);
    }

    private static RequestRecord record(String requestId) {
        return new RequestRecord(
                Instant.parse("2026-12-07T12:00:00Z"),
                requestId,
                "GET",
                "/api/platforms/a/accounts/01a25211-a9b6-7973-b522-618bca35cf51",
                "/api/platforms/{platform}/accounts/{id}",
                200,
                412,
                "127.0.0.1",
                "staff@example.com");
    }

    private static void awaitRelease(CountDownLatch release) throws IOException {
        try {
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IOException("never released");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }
}

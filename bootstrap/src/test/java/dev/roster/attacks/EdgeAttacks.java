package dev.roster.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.http.wire.RawConnection;
import dev.roster.e2e.ServerProcess;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Attacks on the edge of the packaged server ({@code roster serve} on its embedded store, in the open local mode,
 * allowing 127.0.0.1 only): each must be refused, write nothing, and leave the server serving. Each subclass picks how
 * requests reach the route table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EdgeAttacks {

    static final Duration IDLE = Duration.ofSeconds(2);
    private static final String IMPORTS = "/api/platforms/a/imports";
    private static final String ACCOUNTS = "/api/platforms/a/accounts";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ServerProcess server;
    private int port;

    /** Arguments of {@code roster serve} that choose the transport. */
    protected abstract List<String> transportArguments();

    @BeforeAll
    void startServer() throws Exception {
        List<String> arguments = Stream.concat(
                        Stream.of(
                                "--port",
                                "0",
                                "--data-dir",
                                Files.createTempDirectory("roster-attacks").toString(),
                                "--allowed-cidrs",
                                "127.0.0.1/32",
                                "--request-idle-timeout",
                                "PT" + IDLE.toSeconds() + "S"),
                        transportArguments().stream())
                .toList();
        server = ServerProcess.start(arguments, Duration.ofSeconds(90));
        port = server.url().getPort();
        // The first request of a fresh JVM loads and compiles the request path: what is timed below is the stalls.
        assertNothingWrittenAndStillServing();
    }

    @AfterAll
    void stopServer() throws Exception {
        server.stop(Duration.ofSeconds(20));
    }

    @Test
    void aStalledUploadFromARefusedAddressIsAnsweredAtOnceAndDisconnected() throws Exception {
        try (RawConnection stranger = RawConnection.open("127.0.0.2", port, Duration.ofSeconds(5))) {
            long started = System.nanoTime();
            stranger.send(RawConnection.head(
                    "POST",
                    IMPORTS,
                    host(),
                    Map.of("Content-Type", XLSX, "Content-Length", String.valueOf(20 * 1024 * 1024))));
            RawConnection.Response refused = stranger.response().orElseThrow();

            assertThat(refused.status()).isEqualTo(403);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            assertThat(stranger.closedByServer()).isTrue();
        }
        assertNothingWrittenAndStillServing();
    }

    @Test
    void sixtyFourStalledUploadsLeaveTheServerAnsweringAndAreCutOff() throws Exception {
        List<RawConnection> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                RawConnection upload = RawConnection.open("127.0.0.1", port, IDLE.multipliedBy(5));
                upload.send(RawConnection.head(
                                "POST", IMPORTS, host(), Map.of("Content-Type", XLSX, "Content-Length", "1000000"))
                        + "PK\u0003\u0004 and then nothing more");
                stalled.add(upload);
            }

            long started = System.nanoTime();
            try (RawConnection health = RawConnection.open("127.0.0.1", port, Duration.ofSeconds(1))) {
                health.send(RawConnection.head("GET", "/api/health", host(), Map.of()));
                assertThat(health.response())
                        .as("health within a second")
                        .hasValueSatisfying(
                                answer -> assertThat(answer.status()).isEqualTo(200));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

            for (RawConnection upload : stalled) {
                assertThat(upload.closedByServer())
                        .as("a stalled upload is cut off after the idle timeout")
                        .isTrue();
            }
        } finally {
            for (RawConnection upload : stalled) {
                upload.close();
            }
        }
        assertNothingWrittenAndStillServing();
    }

    @Test
    void aCrossSiteMultipartPostIsRefused() throws Exception {
        String boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
                        + "Content-Type: " + XLSX + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        form.writeBytes(AttackWorkbooks.legitimate("cross.site"));
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] body = form.toByteArray();

        try (RawConnection page = RawConnection.open("127.0.0.1", port, Duration.ofSeconds(5))) {
            page.send(RawConnection.head(
                    "POST",
                    IMPORTS,
                    host(),
                    Map.of(
                            "Origin",
                            "https://evil.example",
                            "Content-Type",
                            "multipart/form-data; boundary=" + boundary,
                            "Content-Length",
                            String.valueOf(body.length))));
            page.send(body);
            RawConnection.Response refused = page.response().orElseThrow();

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).contains("another site");
        }
        assertNothingWrittenAndStillServing();
    }

    @Test
    void aForeignHostIsRefusedWhateverTheRequest() throws Exception {
        String register = "{\"name\":\"Rebound\",\"phone\":\"010-1234-5678\",\"handle\":\"rebound\"}";
        try (RawConnection rebound = RawConnection.open("127.0.0.1", port, Duration.ofSeconds(5))) {
            rebound.send(RawConnection.head(
                    "POST",
                    ACCOUNTS,
                    "evil.example:" + port,
                    Map.of("Content-Type", "application/json", "Content-Length", String.valueOf(register.length()))));
            rebound.send(register);

            assertThat(rebound.response().orElseThrow().status()).isEqualTo(403);
        }
        try (RawConnection reading = RawConnection.open("127.0.0.1", port, Duration.ofSeconds(5))) {
            reading.send(RawConnection.head("GET", ACCOUNTS, "evil.example", Map.of()));

            assertThat(reading.response().orElseThrow().status()).isEqualTo(403);
        }
        assertNothingWrittenAndStillServing();
    }

    private String host() {
        return "127.0.0.1:" + port;
    }

    private void assertNothingWrittenAndStillServing() throws Exception {
        try (RawConnection reader = RawConnection.open("127.0.0.1", port, Duration.ofSeconds(5))) {
            reader.send(RawConnection.head("GET", ACCOUNTS, host(), Map.of()));
            RawConnection.Response accounts = reader.response().orElseThrow();

            assertThat(accounts.status()).isEqualTo(200);
            assertThat(accounts.body()).startsWith("{\"items\":[]");
        }
    }
}

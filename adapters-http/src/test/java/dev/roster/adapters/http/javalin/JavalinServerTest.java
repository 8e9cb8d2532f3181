package dev.roster.adapters.http.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.adapters.http.client.JdkHttpExchange;
import dev.roster.adapters.http.client.RosterApiException;
import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.JsonLinesRequestLog;
import dev.roster.adapters.http.routes.RosterApi;
import dev.roster.adapters.http.routes.dto.AccountChanges;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.RegisterAccountRequest;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.application.Roster;
import dev.roster.application.testkit.InMemoryPorts;
import dev.roster.application.testkit.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The route table served over a real socket by Javalin, called with the Java client. */
class JavalinServerTest {

    private final JsonCodec json = new JsonCodec();
    private JavalinServer server;
    private RosterClient client;
    private URI base;

    @BeforeEach
    void start() {
        Roster roster = InMemoryPorts.everyCapability(new InMemoryStorage()).build();
        HttpApi api = new HttpApi(
                RosterApi.routes(roster, "memory", json),
                new EdgeSecurity(IpAllowlist.loopback(), new ClientAddresses(IpAllowlist.parse("")), new OpenAccess()),
                json,
                new JsonLinesRequestLog(System.out, json),
                Clock.systemUTC());
        server = JavalinServer.start(api, "127.0.0.1", 0, Duration.ofSeconds(5), ConnectionLimits.defaults());
        base = URI.create("http://127.0.0.1:" + server.port());
        client = new RosterClient(new JdkHttpExchange(base, Duration.ofSeconds(10)), json, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesTheApiToTheClient() {
        AccountDto created = client.register(
                "a", new RegisterAccountRequest("김민지", "010-1234-5678", "minji", null, "minji@example.com", null));
        AccountDto changed = client.change("a", created.id(), new AccountChanges(1L, null, null, "", "노트"));

        assertThat(client.health().status()).isEqualTo("UP");
        assertThat(client.account("a", created.id()).influencer().phone()).isEqualTo("+821012345678");
        assertThat(changed.email()).isNull();
        assertThat(changed.notes()).isEqualTo("노트");
        assertThat(client.search("a", Map.of("q", "민지")).items())
                .extracting(AccountDto::id)
                .containsExactly(created.id());
        assertThat(client.influencer(created.influencer().id()).accounts()).hasSize(1);

        client.delete("a", created.id());
        assertThatThrownBy(() -> client.account("a", created.id()))
                .isInstanceOfSatisfying(RosterApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(404);
                    assertThat(refused.problem().type()).isEqualTo("urn:roster:problem:not-found");
                });
    }

    @Test
    void decodesPathsAndQueriesAsSent() throws Exception {
        AccountDto created =
                client.register("b", new RegisterAccountRequest("Lee", "010-2222-3333", "별빛", null, null, null));

        HttpResponse<String> byEncodedPath =
                send(HttpRequest.newBuilder(base.resolve("/api/platforms/b/accounts/" + created.id()))
                        .GET());
        HttpResponse<String> byKoreanQuery =
                send(HttpRequest.newBuilder(base.resolve("/api/platforms/b/accounts?q=%EB%B3%84"))
                        .GET());

        assertThat(byEncodedPath.statusCode()).isEqualTo(200);
        assertThat(byKoreanQuery.body()).contains("별빛");
        assertThat(byEncodedPath.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void compressesALargeBodyForACallerThatTakesGzipAndNothingElse() throws Exception {
        HttpResponse<byte[]> plain = sendForBytes(
                HttpRequest.newBuilder(base.resolve("/api/openapi.json")).GET());
        HttpResponse<byte[]> gzipped = sendForBytes(HttpRequest.newBuilder(base.resolve("/api/openapi.json"))
                .header("Accept-Encoding", "gzip")
                .GET());
        HttpResponse<byte[]> small = sendForBytes(HttpRequest.newBuilder(base.resolve("/api/health"))
                .header("Accept-Encoding", "gzip")
                .GET());

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes())
                .isEqualTo(plain.body());
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(small.body(), StandardCharsets.UTF_8)).contains("\"UP\"");
    }

    @Test
    void answersUnknownPathsAndWrongMethodsAsTheRouteTableSays() throws Exception {
        HttpResponse<String> unknown =
                send(HttpRequest.newBuilder(base.resolve("/api/nothing")).GET());
        HttpResponse<String> wrongMethod =
                send(HttpRequest.newBuilder(base.resolve("/api/health")).POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> trailingSlash =
                send(HttpRequest.newBuilder(base.resolve("/api/health/")).GET());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("GET");
        assertThat(trailingSlash.statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAHugeBodyFromItsHeadersAndKeepsServing() throws IOException {
        // Only the headers are sent: the server must answer from them, without waiting for a body it will not read.
        // (A client blasting the body races the connection close that follows the answer; the JDK 17 client with
        // Expect: 100-continue never returns when the answer is not 100. A raw socket asserts the server alone.)
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/platforms/a/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nContent-Length: " + 20 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = readHead(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        }
        assertThat(client.health().status()).isEqualTo("UP");
    }

    @Test
    void survivesGarbageOnTheWire() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GARBAGE \u0000\u0001 HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 4");
        }
        assertThat(client.health().status()).isEqualTo("UP");
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int next;
        while (!head.toString().endsWith("\r\n\r\n") && (next = in.read()) != -1) {
            head.append((char) next);
        }
        return head.toString();
    }

    private static HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient()
                .send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient()
                .send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

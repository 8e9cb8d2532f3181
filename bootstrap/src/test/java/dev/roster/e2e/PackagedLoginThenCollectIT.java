package dev.roster.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.http.client.JdkHttpExchange;
import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.dto.RegisterAccountRequest;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.bootstrap.config.FakeSitePlatforms;
import dev.roster.bootstrap.signin.Credentials;
import dev.roster.bootstrap.signin.CredentialsFile;
import dev.roster.bootstrap.signin.TestAuthorizationServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The office machine signs in once and collects on a schedule, as the packaged jar does it: {@code roster serve}
 * checks tokens of a real authorization server on this machine (RS256, its JWKS) and tells where to sign in in its
 * config.json ({@code --auth-domain}); {@code roster login --server} learns it there, prints the address to open, the test follows it as a browser would, and the sign-in is kept 0600; the access token it got has
 * already expired (as one has an hour later), so {@code roster collect --once} must refresh it to be let in. Every
 * line both commands write is one JSON object.
 */
class PackagedLoginThenCollectIT {

    private static final Pattern ADDRESS = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/oauth2/authorize[^\\s\"]+)");

    private static TestAuthorizationServer auth;
    private static FakePlatformSite site;
    private static ServerProcess server;
    private static Path dir;
    private static Path platforms;
    private static int callbackPort;

    @BeforeAll
    static void start() throws Exception {
        auth = TestAuthorizationServer.start();
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            callbackPort = free.getLocalPort();
        }
        auth.allowCallbackPort(callbackPort);
        site = FakePlatformSite.start(100);
        dir = Files.createTempDirectory("roster-login");
        Map<String, String> office = Map.of("collector", "office", "every", "PT12H", "ratePerMinute", "600");
        platforms = FakeSitePlatforms.write(dir.resolve("platforms.yaml"), site, office, office);
        server = ServerProcess.start(
                List.of(
                        "--port",
                        "0",
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--platforms-file",
                        platforms.toString(),
                        "--auth-issuer",
                        auth.url().toString(),
                        "--auth-audience",
                        TestAuthorizationServer.CLIENT_ID,
                        "--auth-jwks-url",
                        auth.jwksUrl().toString(),
                        "--auth-domain",
                        auth.url().toString()),
                Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop(Duration.ofSeconds(20));
        }
        site.close();
        auth.close();
    }

    @Test
    void signsInOnceThenACollectionPastTheAccessTokensLifeRefreshesItAndIsLetIn() throws Exception {
        RosterClient editor = new RosterClient(
                new JdkHttpExchange(server.url(), Duration.ofSeconds(20)),
                new JsonCodec(),
                auth.accessToken(Duration.ofMinutes(10)));
        String plain = editor.register(
                        "a", new RegisterAccountRequest("로그인 수집", "010-7000-0001", "plain", null, null, null))
                .id();
        auth.firstTokenLifetime(Duration.ofMinutes(-5));

        Run login = login();

        assertThat(login.exit()).as(login.toString()).isZero();
        JsonLogLines.assertEveryLineIsOneJsonObject(login.lines());
        Path kept = dir.resolve("config").resolve("roster").resolve("credentials.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
                .isEqualTo("rw-------");
        String serverKey = CredentialsFile.key(server.url());
        Credentials signedIn = new CredentialsFile(kept).read(serverKey).orElseThrow();
        assertThat(status(signedIn.accessToken()))
                .as("the kept access token has expired")
                .isEqualTo(401);

        List<String> collectOnce = List.of(
                "collect",
                "--server",
                server.url().toString(),
                "--platform",
                "a",
                "--once",
                "--platforms-file",
                platforms.toString(),
                "--log-format",
                "json");
        Run collect = run(collectOnce);

        assertThat(collect.exit()).as(collect.toString()).isZero();
        JsonLogLines.assertEveryLineIsOneJsonObject(collect.lines());
        assertThat(collect.lines()).anyMatch(line -> line.contains("Refreshed the sign-in to " + serverKey));
        assertThat(collect.lines()).anyMatch(line -> line.contains("1 collected, 0 failed"));
        assertThat(auth.refreshes()).isEqualTo(1);
        assertThat(editor.account("a", plain).metrics()).containsEntry("followers", 1234);
        Credentials refreshed = new CredentialsFile(kept).read(serverKey).orElseThrow();
        assertThat(refreshed.accessToken()).isNotEqualTo(signedIn.accessToken());
        assertThat(refreshed.accessTokenExpiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(status(refreshed.accessToken())).isEqualTo(200);

        // ROSTER_TOKEN still wins over the kept sign-in: a bad one is refused, in one JSON line.
        Run withToken = run(collectOnce, Map.of("ROSTER_TOKEN", "not-a-token"));
        assertThat(withToken.exit()).as(withToken.toString()).isEqualTo(1);
        JsonLogLines.assertEveryLineIsOneJsonObject(withToken.lines());
        assertThat(withToken.lines()).anyMatch(line -> line.contains("\"level\":\"ERROR\"") && line.contains("401"));
    }

    private static int status(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.url().resolve("/api/me"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private record Run(int exit, List<String> lines) {}

    /** {@code roster login}, with the test as the browser: it opens the printed address and follows the redirect. */
    private static Run login() throws Exception {
        Process process = start(
                List.of(
                        "login",
                        "--server",
                        server.url().toString(),
                        "--callback-port",
                        String.valueOf(callbackPort),
                        "--no-browser",
                        "--log-format",
                        "json"),
                Map.of());
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<URI> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader output =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    lines.add(line);
                    Matcher printed = ADDRESS.matcher(line);
                    if (printed.find()) {
                        address.complete(URI.create(printed.group(1)));
                    }
                }
            } catch (IOException closed) {
                // The process ended.
            }
            address.completeExceptionally(new AssertionError("roster login printed no address: " + lines));
        });
        reader.setDaemon(true);
        reader.start();
        HttpResponse<String> page = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(
                        HttpRequest.newBuilder(address.get(60, TimeUnit.SECONDS))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("You can close this tab");
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("roster login did not finish: " + lines);
        }
        reader.join(5_000);
        return new Run(process.exitValue(), List.copyOf(lines));
    }

    private static Run run(List<String> arguments) throws Exception {
        return run(arguments, Map.of());
    }

    private static Run run(List<String> arguments, Map<String, String> environment) throws Exception {
        Process process = start(arguments, environment);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("roster " + arguments + " did not finish within 120 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.exitValue(), output.lines().toList());
    }

    /** The packaged jar, its sign-in kept under this test's XDG_CONFIG_HOME, no token from the test's environment. */
    private static Process start(List<String> arguments, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ServerProcess.javaBinary(),
                "-Xmx256m",
                "-jar",
                Path.of("target", "roster.jar").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("ROSTER_"));
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().putAll(environment);
        return builder.start();
    }
}

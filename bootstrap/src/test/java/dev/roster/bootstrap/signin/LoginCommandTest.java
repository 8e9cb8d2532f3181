package dev.roster.bootstrap.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.bootstrap.cli.RosterCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code roster login} against a real authorization server on this machine, the browser played by an HTTP client that
 * follows the printed address: a sign-in kept readable by its owner alone, and each way it can go wrong told in one
 * line.
 */
class LoginCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/oauth2/authorize[^\\s\"]+)");
    private static final String SERVER = "https://roster.example.com";

    @TempDir
    Path dir;

    private TestAuthorizationServer auth;
    private int port;
    private Path credentials;

    @BeforeEach
    void start() throws Exception {
        auth = TestAuthorizationServer.start();
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        auth.allowCallbackPort(port);
        credentials = dir.resolve("config").resolve("roster").resolve("credentials.json");
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void signsInOnceAndKeepsTheSignInReadableByItsOwnerAlone() throws Exception {
        Outcome outcome = login();

        assertThat(outcome.exit()).as(outcome.toString()).isZero();
        assertThat(outcome.out()).contains("Signed in to " + SERVER + " as office@example.com");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials.getParent())))
                .isEqualTo("rwx------");
        Credentials kept = new CredentialsFile(credentials).read(SERVER).orElseThrow();
        assertThat(kept.tokenUrl()).isEqualTo(auth.url().resolve("/oauth2/token"));
        assertThat(kept.clientId()).isEqualTo(TestAuthorizationServer.CLIENT_ID);
        assertThat(kept.refreshToken()).isNotBlank();
        assertThat(kept.accessTokenExpiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(Files.readString(credentials)).doesNotContain("verifier");
    }

    @Test
    void learnsWhereToSignInFromTheServersConfigJson() throws Exception {
        // The authorization server plays the Roster web address as well: its config.json names itself.
        String server = auth.url().toString();

        Outcome outcome = login(
                "login",
                "--server",
                server,
                "--callback-port",
                String.valueOf(port),
                "--no-browser",
                "--credentials-file",
                credentials.toString(),
                "--log-format",
                "text");

        assertThat(outcome.exit()).as(outcome.toString()).isZero();
        Credentials kept = new CredentialsFile(credentials).read(server).orElseThrow();
        assertThat(kept.tokenUrl()).isEqualTo(auth.url().resolve("/oauth2/token"));
        assertThat(kept.clientId()).isEqualTo(TestAuthorizationServer.CLIENT_ID);
    }

    @Test
    void aServerThatTellsNoCognitoSignInIsNamed() throws Exception {
        com.sun.net.httpserver.HttpServer local = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        local.createContext("/config.json", exchange -> {
            byte[] body =
                    "{\"apiBase\":\"\",\"auth\":{\"mode\":\"none\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        local.start();
        try {
            Outcome outcome = run(
                    "login",
                    "--server",
                    "http://127.0.0.1:" + local.getAddress().getPort(),
                    "--credentials-file",
                    credentials.toString(),
                    "--log-format",
                    "text");

            assertThat(outcome.exit()).isEqualTo(2);
            assertThat(outcome.err().lines())
                    .singleElement()
                    .asString()
                    .startsWith("roster: --server (ROSTER_SERVER): ")
                    .contains("does not sign people in through Cognito");
        } finally {
            local.stop(0);
        }
    }

    @Test
    void anAnswerWithAnotherStateIsRefused() throws Exception {
        auth.consent(TestAuthorizationServer.Consent.WRONG_STATE);

        Outcome outcome = login();

        assertThat(outcome.exit()).isEqualTo(1);
        assertThat(outcome.err().lines())
                .singleElement()
                .asString()
                .startsWith("roster: ")
                .contains("state");
        assertThat(credentials).doesNotExist();
    }

    @Test
    void deniedConsentIsToldInOneLine() throws Exception {
        auth.consent(TestAuthorizationServer.Consent.DENY);

        Outcome outcome = login();

        assertThat(outcome.exit()).isEqualTo(1);
        assertThat(outcome.err().lines())
                .singleElement()
                .asString()
                .isEqualTo("roster: the sign-in was refused (access_denied: the user said no)");
        assertThat(credentials).doesNotExist();
    }

    @Test
    void aCallbackPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            Outcome outcome = run(loginArguments());

            assertThat(outcome.exit()).isEqualTo(2);
            assertThat(outcome.err().lines())
                    .singleElement()
                    .asString()
                    .startsWith("roster: --callback-port (ROSTER_CALLBACK_PORT): port " + port + " is in use");
        }
    }

    @Test
    void aRefusedRefreshAsksToSignInAgain() throws Exception {
        auth.firstTokenLifetime(Duration.ofSeconds(30));
        assertThat(login().exit()).isZero();
        auth.revokeEverything();
        CredentialsFile file = new CredentialsFile(credentials);
        StoredSignIn stored = new StoredSignIn(file, file.read(SERVER).orElseThrow(), Clock.systemUTC(), notice -> {});

        org.assertj.core.api.Assertions.assertThatThrownBy(stored::current)
                .isInstanceOf(SignInRefusedException.class)
                .hasMessage("the sign-in to " + SERVER + " was refused (invalid_grant): run roster login --server "
                        + SERVER + " again");
    }

    @Test
    void aSignInAboutToExpireIsRefreshedAndKept() throws Exception {
        auth.firstTokenLifetime(Duration.ofSeconds(30));
        assertThat(login().exit()).isZero();
        CredentialsFile file = new CredentialsFile(credentials);
        Credentials before = file.read(SERVER).orElseThrow();
        List<String> notices = new ArrayList<>();

        String token = new StoredSignIn(file, before, Clock.systemUTC(), notices::add)
                .current()
                .orElseThrow();

        assertThat(token).isNotEqualTo(before.accessToken());
        assertThat(auth.refreshes()).isEqualTo(1);
        assertThat(file.read(SERVER).orElseThrow().accessToken()).isEqualTo(token);
        assertThat(file.read(SERVER).orElseThrow().refreshToken()).isEqualTo(before.refreshToken());
        assertThat(notices).singleElement().asString().startsWith("Refreshed the sign-in to " + SERVER);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
    }

    @Test
    void aCredentialsFileOthersMayReadIsRefused() throws Exception {
        assertThat(login().exit()).isZero();
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CredentialsFile(credentials).read(SERVER))
                .hasMessageContaining("--credentials-file")
                .hasMessageContaining("chmod 600");
    }

    @Test
    void logoutForgetsTheSignIn() throws Exception {
        assertThat(login().exit()).isZero();

        Outcome outcome = run("logout", "--server", SERVER + "/", "--credentials-file", credentials.toString());

        assertThat(outcome.exit()).isZero();
        assertThat(outcome.out()).contains("Signed out of " + SERVER);
        assertThat(credentials).doesNotExist();
    }

    private String[] loginArguments() {
        return new String[] {
            "login",
            "--server",
            SERVER,
            "--cognito-domain",
            auth.url().toString(),
            "--client-id",
            TestAuthorizationServer.CLIENT_ID,
            "--callback-port",
            String.valueOf(port),
            "--no-browser",
            "--timeout",
            "PT30S",
            "--credentials-file",
            credentials.toString(),
            "--log-format",
            "text"
        };
    }

    private Outcome login() throws Exception {
        return login(loginArguments());
    }

    /** Runs {@code roster login}, and as the browser follows the address it prints, through to the callback. */
    private Outcome login(String... arguments) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine roster = RosterCli.commandLine();
        roster.setOut(new PrintWriter(out, true));
        roster.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> roster.execute(arguments));
        URI address = null;
        Instant giveUp = Instant.now().plusSeconds(20);
        while (address == null && Instant.now().isBefore(giveUp) && !exit.isDone()) {
            Matcher printed = ADDRESS.matcher(out.toString());
            if (printed.find()) {
                address = URI.create(printed.group(1));
            } else {
                Thread.sleep(50);
            }
        }
        if (address != null) {
            HttpResponse<String> page = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build()
                    .send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.uri().getPath()).isEqualTo("/callback");
            assertThat(page.body()).contains("Roster");
        }
        return new Outcome(exit.get(30, TimeUnit.SECONDS), out.toString(), err.toString());
    }

    private record Outcome(int exit, String out, String err) {}

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine roster = RosterCli.commandLine();
        roster.setOut(new PrintWriter(out, true));
        roster.setErr(new PrintWriter(err, true));
        int exit = roster.execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }
}

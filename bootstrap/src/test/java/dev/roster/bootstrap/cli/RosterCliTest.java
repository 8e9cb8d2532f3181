package dev.roster.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.roster.adapters.browser.playwright.RunningAsRoot;
import dev.roster.adapters.http.routes.security.Authentication;
import dev.roster.adapters.http.routes.security.JwtAuthenticator;
import dev.roster.adapters.http.routes.security.JwtSettings;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.bootstrap.config.Settings;
import dev.roster.bootstrap.serve.EdgeSecurityFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class RosterCliTest {

    private static final String SECRET = "a-local-development-secret-of-32+bytes";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void everySettingHasOneNameAsAFlagAndAsAnEnvironmentVariable() {
        CommandLine roster = RosterCli.commandLine();
        int settings = 0;
        for (String command : new String[] {"serve", "migrate", "token", "collect"}) {
            for (OptionSpec option :
                    roster.getSubcommands().get(command).getCommandSpec().options()) {
                String defaultValue = option.defaultValueString(false);
                if (defaultValue == null || !defaultValue.startsWith("${env:")) {
                    continue;
                }
                String variable = Settings.environmentName(option.longestName());
                assertThat(defaultValue).as(option.longestName()).startsWith("${env:" + variable);
                assertThat(String.join(" ", option.description()))
                        .as(option.longestName())
                        .contains(variable);
                settings++;
            }
        }
        assertThat(settings).isGreaterThanOrEqualTo(20);
    }

    @Test
    void printsADevelopmentTokenThatTheServerAccepts() {
        int exit = run("token", "--role", "editor", "--subject", "dana", "--auth-secret", SECRET);

        assertThat(exit).isZero();
        String token = out.toString().strip();
        JwtAuthenticator server =
                new JwtAuthenticator(new JwtSettings(EdgeSecurityFactory.LOCAL_ISSUER, null, null, SECRET));
        Authentication checked = server.authenticate(Optional.of("Bearer " + token), Map.of());
        assertThat(checked).isInstanceOfSatisfying(Authentication.Authenticated.class, caller -> {
            assertThat(caller.caller().subject()).isEqualTo("dana");
            assertThat(caller.caller().may(Role.EDITOR)).isTrue();
            assertThat(caller.caller().may(Role.ADMIN)).isFalse();
        });
    }

    @Test
    void namesTheBadSettingInOneLineAndExitsWithTwo() {
        assertThat(run("token", "--role", "editor")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("roster: --auth-secret (ROSTER_AUTH_SECRET): is needed to sign development "
                        + "tokens (at least 32 bytes)" + System.lineSeparator());

        err.getBuffer().setLength(0);
        assertThat(run("serve", "--phone-region", "XX")).isEqualTo(2);
        assertThat(err.toString()).startsWith("roster: --phone-region (ROSTER_PHONE_REGION):");

        err.getBuffer().setLength(0);
        assertThat(run("serve", "--host", "0.0.0.0")).isEqualTo(2);
        assertThat(err.toString()).contains("Refusing to listen on 0.0.0.0 without authentication");

        err.getBuffer().setLength(0);
        assertThat(run("serve", "--port", "seventy")).isEqualTo(2);
        assertThat(err.toString()).contains("--port");
    }

    @Test
    void namesABadImportBoundBeforeStartingAnything() {
        assertThat(run("serve", "--import-max-rows", "0")).isEqualTo(2);
        assertThat(err.toString()).startsWith("roster: --import-max-rows (ROSTER_IMPORT_MAX_ROWS):");

        err.getBuffer().setLength(0);
        assertThat(run("serve", "--upload-max-bytes", "-1")).isEqualTo(2);
        assertThat(err.toString()).startsWith("roster: --upload-max-bytes (ROSTER_UPLOAD_MAX_BYTES):");
    }

    @Test
    void namesABadConnectionLimitOrHostSettingBeforeStartingAnything() {
        assertThat(run("serve", "--request-idle-timeout", "thirty seconds")).isEqualTo(2);
        assertThat(err.toString()).startsWith("roster: --request-idle-timeout (ROSTER_REQUEST_IDLE_TIMEOUT):");

        err.getBuffer().setLength(0);
        assertThat(run("serve", "--request-min-rate", "-5")).isEqualTo(2);
        assertThat(err.toString()).startsWith("roster: --request-min-rate (ROSTER_REQUEST_MIN_RATE):");

        err.getBuffer().setLength(0);
        assertThat(run("serve", "--allowed-origins", "localhost:5173")).isEqualTo(2);
        assertThat(err.toString()).startsWith("roster: --allowed-origins (ROSTER_ALLOWED_ORIGINS):");
    }

    @Test
    void theOfficeCollectorRefusesToRunChromiumAsRootUnlessToldToNamingTheFlag(@TempDir Path dir) throws IOException {
        Path platforms = Files.writeString(dir.resolve("platforms.yaml"), """
                platforms:
                  - code: b
                    name: Platform B
                    hosts: [b.example]
                    metrics: [followers]
                    collect: { source: browser, collector: office, rules: { followers: { css: ".f" } } }
                """);

        int exit = run(
                "collect",
                "--server",
                "http://127.0.0.1:9",
                "--platform",
                "b",
                "--once",
                "--platforms-file",
                platforms.toString(),
                "--chromium",
                dir.resolve("no-chromium-here").toString());

        if (RunningAsRoot.check()) {
            assertThat(exit).isEqualTo(2);
            assertThat(err.toString())
                    .contains("--allow-root-browser")
                    .contains("sandbox")
                    .contains("root");
        } else {
            // Not root: no refusal; it goes on to start Chromium, which is not there.
            assertThat(err.toString()).doesNotContain("--allow-root-browser").contains("--chromium");
        }
        int allowed = run(
                "collect",
                "--server",
                "http://127.0.0.1:9",
                "--platform",
                "b",
                "--once",
                "--platforms-file",
                platforms.toString(),
                "--chromium",
                dir.resolve("no-chromium-here").toString(),
                "--allow-root-browser");
        assertThat(allowed).as("told to: it goes on, to find no Chromium").isEqualTo(2);
        assertThat(err.toString()).contains("no-chromium-here");
    }

    @Test
    void theOfficeCollectorWithoutAFileChecksTheServersDefinitionsByTheFilesRulesNamingTheField() throws IOException {
        // A server whose definitions this collector cannot read by (a newer server's field, a broken deployment).
        HttpServer server = definitionsServer(200, "application/json", """
                {"platforms": [{"code": "b", "name": "Platform B", "hosts": ["b.example"], "metrics": ["followers"],
                  "collect": {"source": "browser", "rules": {"followers": {"regex": "([0-9]+"}}}}]}
                """);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();

            int exit = run("collect", "--server", url, "--platform", "b", "--once", "--allow-root-browser");

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString())
                    .contains("the platform definitions from " + url + "/api/platforms/definitions")
                    .contains("platform b: collect.rules.followers.css: is required")
                    .contains("collect.rules.followers.regex")
                    .contains("(at platforms[0].collect.rules.followers.css)");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theOfficeCollectorWithoutAFileSaysSoWhenTheServerWillNotHandOutItsDefinitions() throws IOException {
        HttpServer server = definitionsServer(
                403,
                "application/problem+json",
                "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"needs the editor role\"}");
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();

            int exit = run("collect", "--server", url, "--platform", "b", "--once", "--token", "viewer-token");

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString())
                    .contains("--platforms-file")
                    .contains("403")
                    .contains("needs the editor role")
                    .contains("--token of an editor");
        } finally {
            server.stop(0);
        }
    }

    /** A server on loopback answering {@code GET /api/platforms/definitions} so; stop it when done. */
    private static HttpServer definitionsServer(int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/platforms/definitions", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void refusesAPageCapThatIsNotAPositiveNumberOfBytes(@TempDir Path dir) {
        int exit = run(
                "collect",
                "--server",
                "http://127.0.0.1:9",
                "--platform",
                "b",
                "--once",
                "--collect-max-bytes",
                "lots");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--collect-max-bytes").contains("lots");
    }

    @Test
    void printsItsVersionAndTheCommitItWasBuiltFrom() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).matches("roster \\S+ \\(commit ([0-9a-f]{12}|unknown)\\)");
    }

    @Test
    void printsShellCompletionForBashAndZshAndRefusesAnotherShell() {
        assertThat(run("completion", "bash")).isZero();
        assertThat(out.toString())
                .contains("complete -F")
                .contains("serve")
                .contains("migrate")
                .contains("--jdbc-url");

        out.getBuffer().setLength(0);
        assertThat(run("completion", "zsh")).isZero();
        assertThat(out.toString())
                .startsWith("autoload -U +X compinit && compinit")
                .contains("bashcompinit")
                .contains("complete -F");

        assertThat(run("completion", "fish")).isEqualTo(2);
        assertThat(err.toString()).startsWith("roster: SHELL must be bash or zsh");
    }

    private int run(String... args) {
        CommandLine roster = RosterCli.commandLine();
        roster.setOut(new PrintWriter(out, true));
        roster.setErr(new PrintWriter(err, true));
        return roster.execute(args);
    }
}

package dev.roster.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of {@code serve}, {@code migrate}, {@code collect}, {@code login}, {@code logout} and {@code token}, given a bad value, stops the
 * command with exit code 2 and one line naming the option: never a stack trace, never a start on a setting it ignored.
 * A new option without a bad value here fails the test, so none is left out.
 */
class EveryBadSettingTest {

    /** Long enough to tell; far shorter than starting a store, which a setting let through would do. */
    private static final Duration TELLS_AT_ONCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void serveNamesEveryBadSetting() throws IOException {
        assertEveryOptionNamed("serve", badServeOrMigrateValues(), List.of());
    }

    @Test
    void migrateNamesEveryBadSetting() throws IOException {
        assertEveryOptionNamed("migrate", badServeOrMigrateValues(), List.of());
    }

    @Test
    void collectNamesEveryBadSetting() throws IOException {
        Path platforms = Files.writeString(dir.resolve("platforms.yaml"), """
                platforms:
                  - code: b
                    name: Platform B
                    hosts: [b.example]
                    metrics: [followers]
                    collect: { source: http, collector: office, rules: { followers: { css: ".f" } } }
                """);
        Map<String, String[]> bad = Map.ofEntries(
                Map.entry("--server", new String[] {"--server", "ftp://roster.example"}),
                Map.entry("--platform", new String[] {"--platform", "zz"}),
                Map.entry("--once", new String[] {"--once=maybe"}),
                Map.entry("--token", new String[] {"--token", "two words"}),
                Map.entry("--poll-every", new String[] {"--poll-every", "every five minutes"}),
                Map.entry("--batch", new String[] {"--batch", "0"}),
                Map.entry("--allow-root-browser", new String[] {"--allow-root-browser=perhaps"}),
                Map.entry("--platforms-file", new String[] {
                    "--platforms-file", dir.resolve("none.yaml").toString()
                }),
                Map.entry(
                        "--chromium",
                        new String[] {"--chromium", dir.resolve("no-chromium").toString()}),
                Map.entry("--collect-max-bytes", new String[] {"--collect-max-bytes", "lots"}),
                Map.entry("--credentials-file", new String[] {"--credentials-file", dir.toString()}),
                Map.entry("--log-format", new String[] {"--log-format", "xml"}));
        assertEveryOptionNamed(
                "collect",
                bad,
                List.of(
                        "--server",
                        "http://127.0.0.1:9",
                        "--platform",
                        "b",
                        "--once",
                        "--platforms-file",
                        platforms.toString()));
    }

    @Test
    void loginNamesEveryBadSetting() {
        Map<String, String[]> bad = Map.ofEntries(
                Map.entry("--server", new String[] {"--server", "ftp://roster.example"}),
                Map.entry("--cognito-domain", new String[] {"--cognito-domain", "roster.auth.example"}),
                Map.entry("--client-id", new String[] {"--client-id", "two words"}),
                Map.entry("--callback-port", new String[] {"--callback-port", "70000"}),
                Map.entry("--no-browser", new String[] {"--no-browser=maybe"}),
                Map.entry("--timeout", new String[] {"--timeout", "soon"}),
                Map.entry("--credentials-file", new String[] {"--credentials-file", dir.toString()}),
                Map.entry("--log-format", new String[] {"--log-format", "xml"}));
        assertEveryOptionNamed(
                "login",
                bad,
                List.of(
                        "--server",
                        "http://127.0.0.1:9",
                        "--cognito-domain",
                        "http://127.0.0.1:9",
                        "--client-id",
                        "roster-cli",
                        "--no-browser",
                        "--timeout",
                        "PT1S"));
    }

    @Test
    void logoutNamesEveryBadSetting() {
        Map<String, String[]> bad = Map.ofEntries(
                Map.entry("--server", new String[] {"--server", "ftp://roster.example"}),
                Map.entry("--credentials-file", new String[] {"--credentials-file", dir.toString()}),
                Map.entry("--log-format", new String[] {"--log-format", "xml"}));
        assertEveryOptionNamed(
                "logout",
                bad,
                List.of(
                        "--server",
                        "http://127.0.0.1:9",
                        "--credentials-file",
                        dir.resolve("none.json").toString()));
    }

    @Test
    void tokenNamesEveryBadSetting() {
        String secret = "a-local-development-secret-of-32+bytes";
        Map<String, String[]> bad = Map.ofEntries(
                Map.entry("--role", new String[] {"--auth-secret", secret, "--role", "owner"}),
                Map.entry("--subject", new String[] {"--role", "editor", "--auth-secret", secret, "--subject", " "}),
                Map.entry(
                        "--valid-for",
                        new String[] {"--role", "editor", "--auth-secret", secret, "--valid-for", "-PT1H"}),
                Map.entry(
                        "--auth-issuer", new String[] {"--role", "editor", "--auth-issuer", "https://issuer.example"}),
                Map.entry("--auth-audience", new String[] {"--role", "editor", "--auth-audience", "client"}),
                Map.entry("--auth-accept-id-tokens", new String[] {
                    "--role", "editor", "--auth-secret", secret, "--auth-accept-id-tokens=sometimes"
                }),
                Map.entry("--auth-jwks-url", new String[] {"--role", "editor", "--auth-jwks-url", "keys.json"}),
                Map.entry("--auth-secret", new String[] {"--role", "editor", "--auth-secret", "too short"}),
                Map.entry("--auth-domain", new String[] {
                    "--role", "editor", "--auth-secret", secret, "--auth-domain", "roster.auth.example"
                }));
        assertEveryOptionNamed("token", bad, List.of());
    }

    @Test
    void aMissingRequiredOptionIsNamedInOneLine() {
        Outcome outcome = run("token");

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("roster: ").contains("--role").doesNotContain("\tat ");
        assertThat(outcome.err().lines()).hasSize(1);
    }

    @Test
    void anUnknownOptionIsNamedInOneLine() {
        Outcome outcome = run("serve", "--prot", "8080");

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("roster: ").contains("--prot");
        assertThat(outcome.err().lines()).hasSize(1);
    }

    private Map<String, String[]> badServeOrMigrateValues() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        return Map.ofEntries(
                Map.entry("--host", new String[] {"--host", "::1::1"}),
                Map.entry("--port", new String[] {"--port", "70000"}),
                Map.entry("--public-url", new String[] {"--public-url", "ftp://roster.example"}),
                Map.entry("--phone-region", new String[] {"--phone-region", "XX"}),
                Map.entry("--via-lambda", new String[] {"--via-lambda=maybe"}),
                Map.entry("--log-format", new String[] {"--log-format", "xml"}),
                Map.entry("--store", new String[] {"--store", "mysql"}),
                Map.entry("--data-dir", new String[] {"--data-dir", file.toString()}),
                Map.entry("--jdbc-url", new String[] {"--jdbc-url", "jdbc:mysql://db/roster"}),
                Map.entry("--jdbc-user", new String[] {"--jdbc-user", " "}),
                Map.entry("--jdbc-password", new String[] {
                    "--store", "postgres", "--jdbc-url", "jdbc:postgresql://127.0.0.1/roster", "--jdbc-password", "p"
                }),
                Map.entry("--dynamodb-endpoint", new String[] {"--dynamodb-endpoint", "localhost 8000"}),
                Map.entry("--dynamodb-region", new String[] {"--dynamodb-region", "seoul"}),
                Map.entry("--dynamodb-table-prefix", new String[] {"--dynamodb-table-prefix", "roster tables"}),
                Map.entry("--allowed-cidrs", new String[] {"--allowed-cidrs", "10.0.0.0/33"}),
                Map.entry("--trusted-proxies", new String[] {"--trusted-proxies", "proxy.lan"}),
                Map.entry("--allowed-hosts", new String[] {"--allowed-hosts", "http://roster.lan/"}),
                Map.entry("--allowed-origins", new String[] {"--allowed-origins", "localhost:5173"}),
                Map.entry("--auth-issuer", new String[] {"--auth-issuer", "https://issuer.example"}),
                Map.entry("--auth-audience", new String[] {"--auth-audience", "client"}),
                Map.entry("--auth-accept-id-tokens", new String[] {"--auth-accept-id-tokens=sometimes"}),
                Map.entry("--auth-jwks-url", new String[] {"--auth-jwks-url", "keys.json"}),
                Map.entry("--auth-secret", new String[] {"--auth-secret", "too short"}),
                Map.entry("--auth-domain", new String[] {"--auth-domain", "roster.auth.example"}),
                Map.entry("--platforms-file", new String[] {
                    "--platforms-file", dir.resolve("none.yaml").toString()
                }),
                Map.entry(
                        "--chromium",
                        new String[] {"--chromium", dir.resolve("no-chromium").toString()}),
                Map.entry("--collect-max-bytes", new String[] {"--collect-max-bytes", "0"}),
                Map.entry("--collect-tick", new String[] {"--collect-tick", "soon"}),
                Map.entry("--collect-workers", new String[] {"--collect-workers", "0"}),
                Map.entry("--import-sync-rows", new String[] {"--import-sync-rows", "-1"}),
                Map.entry("--import-max-rows", new String[] {"--import-max-rows", "0"}),
                Map.entry("--upload-max-bytes", new String[] {"--upload-max-bytes", "-1"}),
                Map.entry("--consent-max-bytes", new String[] {"--consent-max-bytes", "0"}),
                Map.entry("--request-idle-timeout", new String[] {"--request-idle-timeout", "thirty seconds"}),
                Map.entry("--request-min-rate", new String[] {"--request-min-rate", "slow"}));
    }

    /**
     * Runs the command once per option with that option's bad value (after {@code valid} settings), and checks the
     * answer; every option of the command must have a bad value listed.
     */
    private void assertEveryOptionNamed(String command, Map<String, String[]> bad, List<String> valid) {
        List<String> options = RosterCli.commandLine().getSubcommands().get(command).getCommandSpec().options().stream()
                .filter(option -> !option.usageHelp() && !option.versionHelp())
                .map(OptionSpec::longestName)
                .toList();
        List<String> covered = options.stream().filter(bad::containsKey).toList();
        List<String> failures = new ArrayList<>();
        for (String option : covered) {
            String[] args = Stream.of(List.of(command), valid, Arrays.asList(bad.get(option)))
                    .flatMap(List::stream)
                    .toArray(String[]::new);
            Outcome outcome = assertTimeoutPreemptively(TELLS_AT_ONCE, () -> run(args), option + " was not told");
            if (outcome.exit() != 2
                    || !outcome.err().startsWith("roster: ")
                    || !outcome.err().contains(option)
                    || outcome.err().lines().count() != 1) {
                failures.add(option + " -> exit " + outcome.exit() + ": " + outcome.err());
            }
        }
        assertThat(new TreeSet<>(options))
                .as("options of %s with a bad value listed", command)
                .isEqualTo(new TreeSet<>(covered));
        assertThat(failures)
                .as("options of %s not named in one line with exit code 2", command)
                .isEmpty();
    }

    private record Outcome(int exit, String err) {}

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine roster = RosterCli.commandLine();
        roster.setOut(new PrintWriter(out, true));
        roster.setErr(new PrintWriter(err, true));
        int exit = roster.execute(args);
        return new Outcome(exit, err.toString());
    }
}

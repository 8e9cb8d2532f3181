package dev.roster.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tools log as the server does: with {@code --log-format json} every line {@code migrate},
 * {@code collect} and {@code login} write, on standard output and error, is one JSON object with time, level, logger and
 * message, a failure included; with {@code text} none is. What a command prints as its result for a script to
 * capture stays plain: {@code roster token} prints the token alone.
 */
class CommandLogLinesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void migrateWritesJsonLinesOrTextLines() throws Exception {
        List<String> database = List.of(
                "--store",
                "postgres",
                "--jdbc-url",
                TestDatabase.jdbcUrl(),
                "--jdbc-user",
                TestDatabase.user(),
                "--jdbc-password",
                TestDatabase.password());
        Run json = run(with(List.of("migrate", "--log-format", "json"), database));
        Run text = run(with(List.of("migrate", "--log-format", "text"), database));

        assertThat(json.exit()).as(json.toString()).isZero();
        JsonLogLines.assertEveryLineIsOneJsonObject(json.all());
        assertThat(json.out())
                .anyMatch(line -> line.contains("\"logger\":\"roster.migrate\"") && line.contains("Up to date"));
        assertThat(text.exit()).as(text.toString()).isZero();
        assertThat(text.all()).anyMatch(line -> line.contains(" roster.migrate Up to date"));
        assertThat(text.all()).noneMatch(line -> line.startsWith("{"));
    }

    @Test
    void aCollectionThatCannotReachItsServerSaysSoInOneJsonLine() throws Exception {
        Path platforms = Files.writeString(dir.resolve("platforms.yaml"), """
                platforms:
                  - code: b
                    name: Platform B
                    hosts: [b.example]
                    metrics: [followers]
                    collect: { source: http, collector: office, rules: { followers: { css: ".f" } } }
                """);

        Run collect = run(List.of(
                "collect",
                "--server",
                "http://127.0.0.1:9",
                "--platform",
                "b",
                "--once",
                "--platforms-file",
                platforms.toString(),
                "--credentials-file",
                dir.resolve("none.json").toString(),
                "--log-format",
                "json"));

        assertThat(collect.exit()).isEqualTo(1);
        JsonLogLines.assertEveryLineIsOneJsonObject(collect.all());
        JsonNode failure = JSON.readTree(collect.err().get(collect.err().size() - 1));
        assertThat(failure.get("level").asText()).isEqualTo("ERROR");
        assertThat(failure.get("logger").asText()).isEqualTo("roster.collect");
        assertThat(failure.get("message").asText()).contains("could not reach http://127.0.0.1:9");
    }

    @Test
    void aLoginWhoseServerIsDownSaysSoInOneJsonLine() throws Exception {
        Run login = run(List.of(
                "login",
                "--server",
                "http://127.0.0.1:9",
                "--no-browser",
                "--credentials-file",
                dir.resolve("none.json").toString(),
                "--log-format",
                "json"));

        assertThat(login.exit()).isEqualTo(1);
        JsonLogLines.assertEveryLineIsOneJsonObject(login.all());
        assertThat(login.err()).singleElement().asString().contains("\"logger\":\"roster.login\"");
    }

    @Test
    void theTokenIsPrintedAloneForAScriptToCapture() throws Exception {
        Run token =
                run(List.of("token", "--role", "editor", "--auth-secret", "a-local-development-secret-of-32+bytes"));

        assertThat(token.exit()).isZero();
        assertThat(token.err()).isEmpty();
        assertThat(token.out()).singleElement().asString().matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    }

    private static List<String> with(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private record Run(int exit, List<String> out, List<String> err) {

        List<String> all() {
            List<String> both = new ArrayList<>(out);
            both.addAll(err);
            return both;
        }
    }

    /** The packaged jar's {@code Main}, standard output and error read apart. */
    private static Run run(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ServerProcess.javaBinary(),
                "-Xmx256m",
                "-jar",
                Path.of("target", "roster.jar").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("ROSTER_") && !name.equals("ROSTER_CHROMIUM"));
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("roster " + arguments + " did not finish within 120 s");
        }
        return new Run(
                process.exitValue(),
                out.get(10, TimeUnit.SECONDS).lines().toList(),
                err.get(10, TimeUnit.SECONDS).lines().toList());
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }
}

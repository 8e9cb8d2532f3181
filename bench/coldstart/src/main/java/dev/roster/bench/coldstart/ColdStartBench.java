package dev.roster.bench.coldstart;

import dev.roster.adapters.dynamodb.DynamoClients;
import dev.roster.adapters.dynamodb.DynamoSettings;
import dev.roster.adapters.dynamodb.DynamoStorage;
import dev.roster.adapters.dynamodb.MissingTables;
import dev.roster.application.port.NewAccount;
import dev.roster.bench.common.Medians;
import dev.roster.bench.common.SyntheticRoster;
import dev.roster.bootstrap.lambda.RosterApiProbe;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.dynamodb.testserver.DynamoDbTestServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Cold start, measured as Lambda pays it without a SnapStart snapshot: a fresh JVM per run, from spawning it to the
 * first API response, for Roster's API function (its whole initialisation, then GET account) and, in the same rounds,
 * a minimal hand-written handler doing the same GetItem with the SDK's defaults; beside both, the JVM alone
 * ({@code java -version}). Both probes run on the libraries of {@code roster-lambda.zip} (plus the Apache client the
 * minimal one uses), with the JVM flags the Terraform gives the functions, against Roster's DynamoDB test server in
 * this process.
 *
 * <p>Usage: {@code bench/run coldstart [rounds=10] [zip=bootstrap/target/roster-lambda.zip]}.
 */
public final class ColdStartBench {

    private static final List<String> JVM_FLAGS =
            List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

    private ColdStartBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path zip = Path.of(args.length > 1 ? args[1] : "bootstrap/target/roster-lambda.zip")
                .toAbsolutePath();
        String classpath = lambdaClasspath(zip);
        try (DynamoDbTestServer dynamo = DynamoDbTestServer.builder().start()) {
            String endpoint = dynamo.endpoint().toString();
            PlatformAccount account = seed(endpoint);
            List<String> roster = command(
                    classpath,
                    RosterApiProbe.class.getName(),
                    endpoint,
                    "cold-",
                    account.id().value());
            List<String> minimal = command(
                    classpath,
                    MinimalGetItemProbe.class.getName(),
                    endpoint,
                    "cold-people",
                    account.influencerId().value(),
                    account.id().value());
            List<String> floor = List.of(javaBinary(), "-version");
            Map<String, List<Double>> times = new LinkedHashMap<>();
            times.put("java -version", new ArrayList<>());
            times.put("minimal GetItem handler", new ArrayList<>());
            times.put("Roster API function", new ArrayList<>());
            run(roster, "RESPONSE 200");
            run(minimal, "RESPONSE 200");
            for (int round = 0; round < rounds; round++) {
                // Rotated, so no probe always runs right after another.
                List<Map.Entry<String, List<String>>> order = new ArrayList<>(List.of(
                        Map.entry("java -version", floor),
                        Map.entry("minimal GetItem handler", minimal),
                        Map.entry("Roster API function", roster)));
                Collections.rotate(order, round);
                for (Map.Entry<String, List<String>> probe : order) {
                    times.get(probe.getKey())
                            .add(run(probe.getValue(), probe.getValue() == floor ? null : "RESPONSE 200"));
                }
            }
            System.out.printf("%d rounds, fresh JVM each, flags %s%n", rounds, JVM_FLAGS);
            times.forEach((name, millis) -> System.out.printf(
                    "%-26s median %7.0f ms   (runs: %s)%n",
                    name,
                    Medians.of(millis),
                    millis.stream().map(ms -> String.format("%.0f", ms)).toList()));
            System.out.printf(
                    "Roster / minimal (medians): %.2f%n",
                    Medians.of(times.get("Roster API function")) / Medians.of(times.get("minimal GetItem handler")));
        }
    }

    /** Tables under {@code cold-}, a hundred accounts, and the first of platform {@code a} to ask for. */
    private static PlatformAccount seed(String endpoint) {
        var client = DynamoClients.local(URI.create(endpoint));
        MissingTables.create(client, "cold-");
        DynamoStorage storage = DynamoStorage.create(client, DynamoSettings.defaults("cold-"));
        List<NewAccount> accounts = SyntheticRoster.accounts(100, 42);
        storage.influencers().registerAll(accounts);
        NewAccount first = accounts.stream()
                .filter(account -> account.platform().value().equals("a"))
                .findFirst()
                .orElseThrow();
        return storage.influencers().findAccount(first.id()).orElseThrow();
    }

    /** The zip unpacked as Lambda does, then the probes' own classes and the Apache client the minimal one needs. */
    private static String lambdaClasspath(Path zip) throws IOException {
        Path root = Files.createTempDirectory("roster-lambda");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(archive.entries())) {
                Path target = root.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        List<String> entries = new ArrayList<>(List.of(root.toString()));
        try (Stream<Path> libs = Files.list(root.resolve("lib"))) {
            libs.sorted().forEach(lib -> entries.add(lib.toString()));
        }
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(path -> path.contains("coldstart")
                        || path.contains("apache5-client")
                        || path.contains("httpclient5")
                        || path.contains("httpcore5"))
                .forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> command(String classpath, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Milliseconds from spawning the JVM until it printed {@code expected} (or exited, for the floor). */
    private static double run(List<String> command, String expected) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment()
                .putAll(Map.of(
                        "AWS_ACCESS_KEY_ID", "bench", "AWS_SECRET_ACCESS_KEY", "bench", "AWS_REGION", "us-east-1"));
        long started = System.nanoTime();
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        double millis = -1;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (expected != null && line.startsWith(expected) && millis < 0) {
                    millis = (System.nanoTime() - started) / 1e6;
                }
            }
        }
        int exit = process.waitFor();
        if (expected == null) {
            millis = (System.nanoTime() - started) / 1e6;
        }
        if (exit != 0 || millis < 0) {
            throw new IllegalStateException("probe failed (exit " + exit + "): " + command + "\n" + output);
        }
        return millis;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package dev.roster.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.postgres.PostgresMigrations;
import dev.roster.adapters.postgres.PostgresPool;
import dev.roster.adapters.postgres.PostgresStorage;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.bench.common.Medians;
import dev.roster.bench.common.PackagedServer;
import dev.roster.bench.common.SyntheticRoster;
import dev.roster.bench.excel.ImportFile;
import dev.roster.bootstrap.local.LocalPostgres;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.platform.PlatformCode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The import half of the packaged-server benchmarks: the workbook uploaded to {@code POST /api/platforms/a/imports} of
 * {@code java -Xmx256m -jar roster.jar serve}, timed from the upload's start to the job's end, twice per jar: cold, on a
 * freshly started server (what an operator's first import meets: the JIT compilers still at work), and warm, on another
 * fresh server after a stated, uncounted warm-up import of other accounts ({@link #WARM_UP_ROWS}; the HTTP goal's
 * "after a warm-up that the benchmark states", applied to the import). Beside them, the store's own bulk rate for the same
 * valid rows.
 */
final class PackagedImport {

    /**
     * The warm-up import's size, unless {@code -Droster.bench.warmUpRows} says otherwise: other people and handles than
     * the timed file's, so nothing in it clashes. As many rows as the timed import: after a warm-up of 20,000 the JVM's
     * C2 compiler still took 5.2 of the timed import's 10.0 CPU-seconds, after 100,000 it took 2.0 of 6.1.
     */
    static final int WARM_UP_ROWS = Integer.getInteger("roster.bench.warmUpRows", 100_000);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** What the import saves at a time (ImportSettings' default batch), so the store's baseline writes the same. */
    private static final int IMPORT_BATCH = 500;

    private PackagedImport() {}

    /**
     * One timed import: rows a second, and the CPU-seconds over it (user + system, from /proc) of the server's JVM and
     * of its embedded PostgreSQL (the postmaster, its backends and the backends it reaped).
     */
    record Timed(double rate, double seconds, double jvmCpu, double postgresCpu) {}

    /** The cold import (into {@code dataDir}, which is kept for what follows) and the warm one, for one jar. */
    record Figures(Timed cold, Timed warm) {}

    static Figures measure(Path jar, List<NewAccount> accounts, Path dataDir) throws Exception {
        Timed cold;
        try (PackagedServer server = PackagedServer.start(
                jar, List.of("-Xmx256m"), List.of("--port", "0", "--data-dir", dataDir.toString()))) {
            System.out.print(jar.getFileName() + ", cold (first import of a fresh server): ");
            cold = importThroughApi(server, dataDir, accounts);
        }
        Path warmDir = Files.createTempDirectory("roster-bench-warm-import");
        Timed warm;
        try (PackagedServer server = PackagedServer.start(
                jar, List.of("-Xmx256m"), List.of("--port", "0", "--data-dir", warmDir.toString()))) {
            System.out.printf("%s, warm-up (not counted), %,d other rows: ", jar.getFileName(), WARM_UP_ROWS);
            importThroughApi(server, warmDir, warmUpAccounts(WARM_UP_ROWS));
            System.out.print(jar.getFileName() + ", warm (after the warm-up, same server): ");
            warm = importThroughApi(server, warmDir, accounts);
        } finally {
            deleteTree(warmDir);
        }
        return new Figures(cold, warm);
    }

    /**
     * Other people and handles than the timed file's, whatever its size: the roster of another seed, each handle with a
     * {@code w} in front and each phone moved to 010-9xxx-xxxx (the timed file's people are 010-1xxx-xxxx).
     */
    static List<NewAccount> warmUpAccounts(int rows) {
        List<NewAccount> moved = new ArrayList<>(rows);
        for (NewAccount account : SyntheticRoster.accounts(rows, 7)) {
            String handle = "w" + account.details().handle().value();
            long national = Long.parseLong(account.identity().phone().e164().substring(3));
            moved.add(new NewAccount(
                    account.id(),
                    account.newInfluencerId(),
                    new PersonIdentity(account.identity().name(), PhoneNumber.ofE164("+82" + (national + 80_000_000L))),
                    account.platform(),
                    new AccountDetails(
                            Handle.of(handle),
                            account.details().profileUrl(),
                            account.details().email(),
                            null),
                    account.at()));
        }
        return moved;
    }

    /** Uploads the workbook and follows its job to the end; rows a second from the upload's start to the job's end. */
    static Timed importThroughApi(PackagedServer server, Path dataDir, List<NewAccount> accounts) throws Exception {
        byte[] workbook = ImportFile.of(accounts);
        HttpClient client = HttpClient.newHttpClient();
        double cpuBefore = cpuSeconds(server.pid());
        double postgresBefore = postgresCpuSeconds(dataDir);
        long started = System.nanoTime();
        HttpResponse<String> accepted = client.send(
                HttpRequest.newBuilder(URI.create(server.url() + "/api/platforms/a/imports"))
                        .header("Content-Type", XLSX)
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(workbook))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException(
                    "the import was not queued: " + accepted.statusCode() + " " + accepted.body());
        }
        double answered = (System.nanoTime() - started) / 1e9; // the upload, its survey and the job's queueing
        String job = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode state;
        do {
            Thread.sleep(100);
            state = JSON.readTree(client.send(
                            HttpRequest.newBuilder(URI.create(server.url() + job))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
        } while (!state.get("status").asText().equalsIgnoreCase("succeeded")
                && !state.get("status").asText().equalsIgnoreCase("failed"));
        double secondsTaken = (System.nanoTime() - started) / 1e9;
        double cpu = cpuSeconds(server.pid()) - cpuBefore;
        double postgres = postgresCpuSeconds(dataDir) - postgresBefore;
        double rate = accounts.size() / secondsTaken;
        System.out.printf(
                "%,d rows (%,d invalid) in %.1f s (202 after %.1f s) = %,.0f rows/s, server JVM %.1f CPU-s, PostgreSQL %.1f; job %s, "
                        + "result %s; load %s%n",
                accounts.size(),
                accounts.size() / ImportFile.INVALID_EVERY,
                secondsTaken,
                answered,
                rate,
                cpu,
                postgres,
                state.get("status").asText(),
                state.get("result").path("success") + " saved",
                load());
        return new Timed(rate, secondsTaken, cpu, postgres);
    }

    /**
     * The store's own bulk rate for the import's valid rows, on platform a, in batches of the import's size, one writer:
     * the median of two loads, each into an empty schema of a fresh embedded PostgreSQL. Between them, two loads with
     * {@code synchronous_commit = off} (set on the database, as {@code SET LOCAL} in each batch would), printed beside
     * them but not counted: what not waiting for each batch's WAL flush would be worth to the store.
     */
    static double storeBulkRate(List<NewAccount> accounts, Path directory) throws Exception {
        List<NewAccount> valid = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            NewAccount account = accounts.get(i);
            if (i % ImportFile.INVALID_EVERY != ImportFile.INVALID_EVERY - 1) {
                valid.add(new NewAccount(
                        account.id(),
                        account.newInfluencerId(),
                        account.identity(),
                        PlatformCode.of("a"),
                        account.details(),
                        account.at()));
            }
        }
        List<Double> rates = new ArrayList<>();
        List<Double> asynchronous = new ArrayList<>();
        try (LocalPostgres database = LocalPostgres.start(directory)) {
            for (boolean synchronous : new boolean[] {true, false, false, true}) {
                try (HikariDataSource setUp = PostgresPool.open(database.settings())) {
                    reset(setUp, synchronous);
                }
                try (HikariDataSource pool = PostgresPool.open(database.settings())) {
                    PostgresStorage storage = PostgresStorage.create(pool);
                    long started = System.nanoTime();
                    long stored = 0;
                    for (int from = 0; from < valid.size(); from += IMPORT_BATCH) {
                        stored += storage
                                .influencers()
                                .registerAll(valid.subList(from, Math.min(valid.size(), from + IMPORT_BATCH)))
                                .stream()
                                .filter(RegistrationResult.Registered.class::isInstance)
                                .count();
                    }
                    double rate = stored / ((System.nanoTime() - started) / 1e9);
                    (synchronous ? rates : asynchronous).add(rate);
                    System.out.printf(
                            "store bulk registerAll%s: %,d accounts, %,.0f rows/s (batches of %d); load %s%n",
                            synchronous ? "" : " (synchronous_commit off, not counted)",
                            stored,
                            rate,
                            IMPORT_BATCH,
                            load());
                }
            }
        }
        System.out.printf(
                "store bulk: synchronous_commit off / on = %.2fx (medians of two each)%n",
                Medians.of(asynchronous) / Medians.of(rates));
        return Medians.of(rates);
    }

    /** The machine's load averages, as {@code uptime} gives them. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException unreadable) {
            return "?";
        }
    }

    /** A process's CPU time so far (utime + stime of /proc/{pid}/stat, at the usual 100 ticks a second). */
    private static double cpuSeconds(long pid) {
        try {
            return ticks(statFields(Path.of("/proc/" + pid)), 11, 12);
        } catch (RuntimeException unreadable) {
            return Double.NaN;
        }
    }

    /**
     * The CPU time so far of the PostgreSQL whose data directory lies under {@code root}: its postmaster (with the
     * backends it has reaped) and its live children. Starting it detaches it from the server's JVM, hence the pid file.
     */
    private static double postgresCpuSeconds(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Path pidFile = files.filter(path -> path.getFileName().toString().equals("postmaster.pid"))
                    .findFirst()
                    .orElseThrow();
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            double seconds = 0;
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.toList()) {
                    String name = process.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    String[] fields = statFields(process);
                    if (fields == null) {
                        continue;
                    }
                    long pid = Long.parseLong(name);
                    if (pid == postmaster) {
                        seconds += ticks(fields, 11, 12, 13, 14);
                    } else if (Long.parseLong(fields[1]) == postmaster) {
                        seconds += ticks(fields, 11, 12);
                    }
                }
            }
            return seconds;
        } catch (IOException | RuntimeException unreadable) {
            return Double.NaN;
        }
    }

    /** The fields of /proc/{pid}/stat after the command's name, or null when the process is gone. */
    private static String[] statFields(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException gone) {
            return null;
        }
    }

    /** The sum of the given fields, in clock ticks of 1/100 s, as seconds. */
    private static double ticks(String[] fields, int... indexes) {
        long sum = 0;
        for (int index : indexes) {
            sum += Long.parseLong(fields[index]);
        }
        return sum / 100.0;
    }

    /** An empty, migrated schema (the previous load's rows dropped with it), and the commit setting for new sessions. */
    private static void reset(HikariDataSource pool, boolean synchronous) throws Exception {
        try (var connection = pool.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
        }
        PostgresMigrations.migrate(pool);
        try (var connection = pool.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET synchronous_commit = "
                    + (synchronous ? "on" : "off") + "', current_database()); END $$");
            statement.execute("CHECKPOINT");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

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
import dev.roster.bench.common.Wrk;
import dev.roster.bench.excel.ImportFile;
import dev.roster.bootstrap.local.LocalPostgres;
import dev.roster.domain.platform.PlatformCode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The packaged server as users run it ({@code java -jar bootstrap/target/roster.jar serve}, its embedded store), in one
 * run: (1) the import of a workbook of {@code rows} accounts, every 20th broken, through the API on a server started
 * with {@code -Xmx256m}; (2) the same data directory served again with the JVM's default settings, and
 * {@code GET /api/platforms/a/accounts/{id}} beside {@code GET /api/health} under wrk, in alternating rounds after a
 * stated warm-up; (3) the store's own bulk rate for the same valid rows in batches of the import's size, on a fresh
 * embedded PostgreSQL in this JVM. Prints every figure and each ratio.
 *
 * <p>Usage: {@code PackagedServerBench <roster.jar> [rows=100000] [seconds=10] [rounds=5] [connections=16]
 * [earlier-roster.jar]}: with a second jar, both are imported into and served, and measured round for round in the same
 * run. Needs {@code wrk} on the PATH. {@code -Droster.bench.ids=N}: how many accounts the GET rounds pick from.
 */
public final class PackagedServerBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** What the import saves at a time (ImportSettings' default batch), so the store's baseline writes the same. */
    private static final int IMPORT_BATCH = 500;

    private static final int WARM_UP_SECONDS = 30;
    /**
     * How many accounts the GET rounds pick from at random ({@code -Droster.bench.ids}, 20,000 by default): a server
     * keeps 20,000 account pages in memory, so more ids than that measure pages read from the store too.
     */
    private static final int IDS = Integer.getInteger("roster.bench.ids", 20_000);

    private PackagedServerBench() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int connections = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        // A second jar (an earlier build) is measured beside the first in the same run, round for round.
        List<Path> jars = args.length > 5 ? List.of(jar, Path.of(args[5])) : List.of(jar);
        List<NewAccount> accounts = SyntheticRoster.accounts(rows, 42);

        List<Path> dataDirs = new ArrayList<>();
        List<Double> importRates = new ArrayList<>();
        for (Path each : jars) {
            Path dataDir = Files.createTempDirectory("roster-bench-packaged");
            dataDirs.add(dataDir);
            try (PackagedServer server = PackagedServer.start(
                    each, List.of("-Xmx256m"), List.of("--port", "0", "--data-dir", dataDir.toString()))) {
                System.out.print(each.getFileName() + ": ");
                importRates.add(importThroughApi(server, accounts));
            }
        }
        List<PackagedServer> servers = new ArrayList<>();
        try {
            for (int i = 0; i < jars.size(); i++) {
                servers.add(PackagedServer.start(
                        jars.get(i),
                        List.of(),
                        List.of("--port", "0", "--data-dir", dataDirs.get(i).toString())));
            }
            getAccountBesideHealth(jars, servers, dataDirs, seconds, rounds, connections);
        } finally {
            for (PackagedServer server : servers) {
                server.close();
            }
        }
        double store = storeBulkRate(accounts, dataDirs.get(0).resolve("store"));
        System.out.printf(
                "import through the API (%s) %,.0f rows/s = %.2fx the store's bulk rate (%,.0f rows/s)%n",
                jar.getFileName(), importRates.get(0), importRates.get(0) / store, store);
        if (jars.size() > 1) {
            System.out.printf(
                    "import %s / %s = %.2fx%n",
                    jars.get(0).getFileName(), jars.get(1).getFileName(), importRates.get(0) / importRates.get(1));
        }
    }

    /** Uploads the workbook and follows its job to the end; rows a second from the upload's start to the job's end. */
    private static double importThroughApi(PackagedServer server, List<NewAccount> accounts) throws Exception {
        byte[] workbook = ImportFile.of(accounts);
        HttpClient client = HttpClient.newHttpClient();
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
        double rate = accounts.size() / secondsTaken;
        System.out.printf(
                "import through the API at -Xmx256m: %,d rows (%,d invalid) in %.1f s = %,.0f rows/s; "
                        + "job %s, result %s%n",
                accounts.size(),
                accounts.size() / ImportFile.INVALID_EVERY,
                secondsTaken,
                rate,
                state.get("status").asText(),
                state.get("result"));
        return rate;
    }

    /**
     * Warms each server up (health, then the account read, {@value #WARM_UP_SECONDS} s each), then alternates rounds
     * of the two, server by server, with the same wrk settings; medians of the rounds, and their ratios.
     */
    private static void getAccountBesideHealth(
            List<Path> jars,
            List<PackagedServer> servers,
            List<Path> dataDirs,
            int seconds,
            int rounds,
            int connections)
            throws Exception {
        List<Map<String, String>> environments = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            Path idFile = dataDirs.get(i).resolve("ids.txt");
            Files.write(idFile, accountIds(servers.get(i).url()));
            environments.add(Map.of("ROSTER_BENCH_IDS", idFile.toString()));
        }
        for (int i = 0; i < servers.size(); i++) {
            System.out.printf(
                    "warm-up of %s: GET /api/health %d s, then GET account %d s, %d connections%n",
                    jars.get(i).getFileName(), WARM_UP_SECONDS, WARM_UP_SECONDS, connections);
            Wrk.run(servers.get(i).url() + "/api/health", null, null, Map.of(), connections, WARM_UP_SECONDS);
            Wrk.run(
                    servers.get(i).url(),
                    PackagedServerBench.class,
                    "/get-account.lua",
                    environments.get(i),
                    connections,
                    WARM_UP_SECONDS);
        }
        List<List<Wrk.Report>> healthRounds = new ArrayList<>();
        List<List<Wrk.Report>> accountRounds = new ArrayList<>();
        servers.forEach(any -> {
            healthRounds.add(new ArrayList<>());
            accountRounds.add(new ArrayList<>());
        });
        for (int round = 0; round < rounds; round++) {
            boolean healthFirst = round % 2 == 0;
            for (int k = 0; k < servers.size(); k++) {
                // Which server goes first alternates too, so that neither always meets the hotter machine.
                int i = round % 2 == 0 ? k : servers.size() - 1 - k;
                for (int turn = 0; turn < 2; turn++) {
                    boolean isHealth = healthFirst == (turn == 0);
                    Wrk.Report report = isHealth
                            ? Wrk.run(servers.get(i).url() + "/api/health", null, null, Map.of(), connections, seconds)
                            : Wrk.run(
                                    servers.get(i).url(),
                                    PackagedServerBench.class,
                                    "/get-account.lua",
                                    environments.get(i),
                                    connections,
                                    seconds);
                    (isHealth ? healthRounds : accountRounds).get(i).add(report);
                    System.out.printf(
                            "round %d %-22s %-8s %9.0f req/s  p50 %.3f ms  p99 %.3f ms  errors %d%n",
                            round + 1,
                            jars.get(i).getFileName(),
                            isHealth ? "health" : "account",
                            report.perSecond(),
                            report.p50(),
                            report.p99(),
                            report.errors());
                    report.text()
                            .lines()
                            .filter(line -> line.contains("Socket errors") || line.contains("Non-2xx"))
                            .forEach(line -> System.out.println("    " + line.strip()));
                }
            }
        }
        for (int i = 0; i < servers.size(); i++) {
            summarise(jars.get(i).getFileName().toString(), healthRounds.get(i), accountRounds.get(i));
        }
        if (servers.size() > 1) {
            System.out.printf(
                    "%s / %s: GET account %.2fx, GET /api/health %.2fx (medians of req/s)%n",
                    jars.get(0).getFileName(),
                    jars.get(1).getFileName(),
                    median(accountRounds.get(0), Wrk.Report::perSecond)
                            / median(accountRounds.get(1), Wrk.Report::perSecond),
                    median(healthRounds.get(0), Wrk.Report::perSecond)
                            / median(healthRounds.get(1), Wrk.Report::perSecond));
        }
    }

    private static void summarise(String name, List<Wrk.Report> healthRounds, List<Wrk.Report> accountRounds) {
        double healthRate = median(healthRounds, Wrk.Report::perSecond);
        double accountRate = median(accountRounds, Wrk.Report::perSecond);
        double p50 = median(accountRounds, Wrk.Report::p50);
        double p99 = median(accountRounds, Wrk.Report::p99);
        long errors = accountRounds.stream().mapToLong(Wrk.Report::errors).sum()
                + healthRounds.stream().mapToLong(Wrk.Report::errors).sum();
        System.out.printf(
                "%s: median req/s: health %,.0f, account %,.0f; account / health = %.2fx%n",
                name, healthRate, accountRate, accountRate / healthRate);
        System.out.printf(
                "%s: GET account median p50 %.3f ms, p99 %.3f ms: p99 / p50 = %.1fx; health p50 %.3f ms, "
                        + "p99 %.3f ms; errors in all rounds: %d%n",
                name,
                p50,
                p99,
                p99 / p50,
                median(healthRounds, Wrk.Report::p50),
                median(healthRounds, Wrk.Report::p99),
                errors);
        System.out.printf("%s: per-round ratios: %s%n", name, ratios(healthRounds, accountRounds));
    }

    private static double median(List<Wrk.Report> reports, ToDoubleFunction<Wrk.Report> figure) {
        return Medians.of(reports.stream().map(figure::applyAsDouble).toList());
    }

    private static List<String> ratios(List<Wrk.Report> health, List<Wrk.Report> account) {
        List<String> ratios = new ArrayList<>();
        for (int round = 0; round < health.size(); round++) {
            ratios.add(String.format(
                    "%.2f", account.get(round).perSecond() / health.get(round).perSecond()));
        }
        return ratios;
    }

    /** Up to {@link #IDS} ids of platform a's accounts, read page by page through the search as a client would. */
    private static List<String> accountIds(String url) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String page = url + "/api/platforms/a/accounts?limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode found = JSON.readTree(client.send(
                            HttpRequest.newBuilder(URI.create(page)).GET().build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            found.get("items").forEach(item -> ids.add(item.get("id").asText()));
            cursor = found.path("nextCursor").isTextual()
                    ? found.get("nextCursor").asText()
                    : null;
        } while (cursor != null && ids.size() < IDS);
        System.out.printf("%,d account ids read through the search%n", ids.size());
        return ids;
    }

    /**
     * The store's own bulk rate for the import's valid rows, on platform a, in batches of the import's size, one writer:
     * the median of two loads, each into an empty schema of a fresh embedded PostgreSQL.
     */
    private static double storeBulkRate(List<NewAccount> accounts, Path directory) throws Exception {
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
        try (LocalPostgres database = LocalPostgres.start(directory)) {
            for (int load = 0; load < 2; load++) {
                try (HikariDataSource pool = PostgresPool.open(database.settings())) {
                    reset(pool);
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
                    rates.add(rate);
                    System.out.printf(
                            "store bulk registerAll: %,d accounts, %,.0f rows/s (batches of %d)%n",
                            stored, rate, IMPORT_BATCH);
                }
            }
        }
        return Medians.of(rates);
    }

    /** An empty, migrated schema: the previous load's rows dropped with it, then vacuumed away. */
    private static void reset(HikariDataSource pool) throws Exception {
        try (var connection = pool.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
        }
        PostgresMigrations.migrate(pool);
        try (var connection = pool.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }
}

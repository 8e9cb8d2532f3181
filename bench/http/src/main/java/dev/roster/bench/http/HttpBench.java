package dev.roster.bench.http;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.adapters.postgres.JobQueueSettings;
import dev.roster.adapters.postgres.PostgresJobQueue;
import dev.roster.adapters.postgres.PostgresMigrations;
import dev.roster.adapters.postgres.PostgresPool;
import dev.roster.adapters.postgres.PostgresStorage;
import dev.roster.application.port.NewAccount;
import dev.roster.bench.common.Latencies;
import dev.roster.bench.common.SyntheticRoster;
import dev.roster.bootstrap.local.LocalPostgres;
import dev.roster.bootstrap.serve.CollectionWiring;
import dev.roster.bootstrap.serve.LocalServer;
import dev.roster.bootstrap.serve.OpenedStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * GET account through the real local server (Javalin, the route table, the embedded PostgreSQL) under load from wrk
 * on loopback, and beside it, in the same run, a bare JDBC primary-key select at the same concurrency.
 *
 * <p>Usage: {@code java -cp ... dev.roster.bench.http.HttpBench [accounts=100000] [connections=16] [seconds=30]}.
 * Needs {@code wrk} on the PATH ({@code apt-get install wrk}).
 */
public final class HttpBench {

    private static final String PRIMARY_KEY_SELECT = "SELECT id, influencer_id, platform, handle, profile_url, "
            + "email, notes, metrics::text, metrics_collected_at, version, created_at, updated_at "
            + "FROM platform_account WHERE id = ?";

    private HttpBench() {}

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path dataDir = Files.createTempDirectory("roster-bench-http");
        try (LocalPostgres database = LocalPostgres.start(dataDir)) {
            HikariDataSource pool = PostgresPool.open(database.settings());
            PostgresMigrations.migrate(pool);
            PostgresStorage storage = PostgresStorage.create(pool);
            List<String> ids = seed(storage, accounts);
            settle(pool);
            Path idFile = dataDir.resolve("ids.txt");
            Files.write(idFile, ids);

            // The collection queue is never used: the bench server collects nothing.
            OpenedStore store = new OpenedStore(
                    storage,
                    new PostgresJobQueue(pool, JobQueueSettings.defaults(), Clock.systemUTC()),
                    new PostgresJobQueue(pool, JobQueueSettings.defaults(), Clock.systemUTC()),
                    "embedded-postgres",
                    "bench",
                    pool::close);
            EdgeSecurity open = new EdgeSecurity(
                    IpAllowlist.loopback(), new ClientAddresses(IpAllowlist.parse("")), new OpenAccess());
            try (LocalServer server = LocalServer.start(
                    LocalServer.Settings.loopback(0, dataDir),
                    open,
                    store,
                    CollectionWiring.none(),
                    new PrintStream(PrintStream.nullOutputStream()))) {
                String url = server.url().toString();
                System.out.println("warming up for 20 s ...");
                wrk(url, idFile, connections, 20);
                System.out.println("measuring for " + seconds + " s with " + connections + " connections ...");
                String report = wrk(url, idFile, connections, seconds);
                System.out.println(report);
                Latencies bare = bareSelects(pool, ids, connections, seconds);
                System.out.println("bare JDBC primary-key select, " + connections + " threads: " + bare.summary());
                System.out.printf(
                        "GET account p50 / bare select p50: %s / %.3f ms%n",
                        percentile(report, "50%"), bare.percentile(50));
            }
        }
    }

    private static List<String> seed(PostgresStorage storage, int count) {
        long started = System.nanoTime();
        List<NewAccount> roster = SyntheticRoster.accounts(count, 42);
        for (int from = 0; from < roster.size(); from += 1_000) {
            storage.influencers().registerAll(roster.subList(from, Math.min(roster.size(), from + 1_000)));
        }
        System.out.printf("seeded %,d accounts in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
        return roster.stream()
                .filter(account -> account.platform().value().equals("a"))
                .map(account -> account.id().value())
                .toList();
    }

    /**
     * Vacuums, analyses and checkpoints after the bulk load, so neither autovacuum nor a checkpoint of the seed's
     * writes lands inside the measured window and is blamed on the request path.
     */
    private static void settle(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
            statement.execute("CHECKPOINT");
        }
    }

    private static String wrk(String url, Path ids, int connections, int seconds)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("get-account", ".lua");
        try (InputStream lua = HttpBench.class.getResourceAsStream("/get-account.lua")) {
            Files.write(script, lua.readAllBytes());
        }
        ProcessBuilder wrk = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--latency",
                        "-s",
                        script.toString(),
                        url)
                .redirectErrorStream(true);
        wrk.environment().put("ROSTER_BENCH_IDS", ids.toString());
        Process process = wrk.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return output;
    }

    /**
     * The primary-key select the store's read is compared with, run by as many threads as wrk has connections, each
     * select on a connection borrowed from the same pool the server uses.
     */
    private static Latencies bareSelects(HikariDataSource pool, List<String> ids, int threads, int seconds)
            throws Exception {
        Latencies latencies = new Latencies(5_000_000);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            runs.add(workers.submit(() -> {
                Random random = new Random(seed);
                List<Long> taken = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    // A connection per select, from the same pool, as the server takes one per request.
                    try (Connection connection = pool.getConnection();
                            PreparedStatement select = connection.prepareStatement(PRIMARY_KEY_SELECT)) {
                        select.setObject(1, UUID.fromString(ids.get(random.nextInt(ids.size()))));
                        try (ResultSet row = select.executeQuery()) {
                            while (row.next()) {
                                for (int column = 1; column <= 12; column++) {
                                    row.getObject(column);
                                }
                            }
                        }
                    }
                    taken.add(System.nanoTime() - start);
                }
                return taken.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        try {
            for (Future<long[]> run : runs) {
                for (long nanos : run.get()) {
                    latencies.add(nanos);
                }
            }
        } finally {
            workers.shutdownNow();
        }
        return latencies;
    }

    private static String percentile(String wrkReport, String label) {
        return wrkReport
                .lines()
                .map(String::strip)
                .filter(line -> line.startsWith(label))
                .findFirst()
                .orElse(label + " ?");
    }
}

package dev.roster.bench.postgres;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.postgres.PostgresMigrations;
import dev.roster.adapters.postgres.PostgresPool;
import dev.roster.adapters.postgres.PostgresSettings;
import dev.roster.adapters.postgres.PostgresStorage;
import dev.roster.application.Roster;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.bench.common.Latencies;
import dev.roster.bench.common.SearchTexts;
import dev.roster.bench.common.SyntheticRoster;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.platform.PlatformCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The PostgreSQL store's benchmark on a roster of {@code ROSTER_BENCH_ACCOUNTS} (100,000) accounts, in a schema of
 * its own on the server at {@code ROSTER_BENCH_JDBC_URL} (user/password {@code ROSTER_BENCH_DB_USER},
 * {@code ROSTER_BENCH_DB_PASSWORD}; by default the test server scripts/test starts). Prints one line per figure.
 */
public final class PostgresBench {

    private static final int GET_ROUNDS = 20_000;
    private static final int SEARCH_ROUNDS = 2_000;
    private static final int QUERIES = 400;

    private PostgresBench() {}

    public static void main(String[] args) throws Exception {
        Server server = new Server(
                env("ROSTER_BENCH_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/roster_test"),
                env("ROSTER_BENCH_DB_USER", "roster_test"),
                env("ROSTER_BENCH_DB_PASSWORD", "roster_test"));
        int size = Integer.parseInt(env("ROSTER_BENCH_ACCOUNTS", "100000"));
        int batch = Integer.parseInt(env("ROSTER_BENCH_BATCH", "1000"));
        server.inFreshSchema(pool -> {
            PostgresStorage storage = PostgresStorage.create(pool);
            System.out.printf("roster of %,d accounts, %s%n", size, serverVersion(pool));
            List<NewAccount> roster = SyntheticRoster.accounts(size, 42);
            bulkInsert(storage, roster, batch, 1);
            try (Connection connection = pool.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
            getById(pool, storage, roster);
            search(storage, roster);
        });
        // The same roster loaded again into an empty schema by two writers at once, as a parallel import would.
        server.inFreshSchema(
                pool -> bulkInsert(PostgresStorage.create(pool), SyntheticRoster.accounts(size, 42), batch, 2));
    }

    /** The server under test; each part of the benchmark works in a schema of its own, dropped afterwards. */
    private record Server(String url, String user, String password) {

        void inFreshSchema(InSchema work) throws Exception {
            String schema = "roster_bench_" + UUID.randomUUID().toString().substring(0, 8);
            execute("CREATE SCHEMA " + schema);
            String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            try (HikariDataSource pool =
                    PostgresPool.open(new PostgresSettings(inSchema, user, password, 4, Duration.ofSeconds(5)))) {
                PostgresMigrations.migrate(pool);
                work.run(pool);
            } finally {
                execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }

        private void execute(String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    @FunctionalInterface
    private interface InSchema {
        void run(HikariDataSource pool) throws Exception;
    }

    private static double bulkInsert(PostgresStorage storage, List<NewAccount> roster, int batch, int writers)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> batches = new ArrayList<>();
            long started = System.nanoTime();
            for (int from = 0; from < roster.size(); from += batch) {
                List<NewAccount> slice = roster.subList(from, Math.min(roster.size(), from + batch));
                batches.add(pool.submit(() -> (int) storage.influencers().registerAll(slice).stream()
                        .filter(result -> result instanceof RegistrationResult.Registered)
                        .count()));
            }
            int stored = 0;
            for (Future<Integer> done : batches) {
                stored += done.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "bulk registerAll, %d writer%s: %,d accounts stored in %.2f s = %,.0f rows/s "
                            + "(batches of %,d)%n",
                    writers, writers == 1 ? "" : "s", stored, seconds, stored / seconds, batch);
            return stored / seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A bare primary-key select against the store's reads, interleaved so both see the same machine. */
    private static void getById(HikariDataSource pool, PostgresStorage storage, List<NewAccount> roster)
            throws SQLException {
        Random random = new Random(7);
        Latencies bare = new Latencies(GET_ROUNDS);
        Latencies find = new Latencies(GET_ROUNDS);
        Latencies view = new Latencies(GET_ROUNDS);
        for (int round = -GET_ROUNDS / 4; round < GET_ROUNDS; round++) {
            AccountId id = roster.get(random.nextInt(roster.size())).id();
            long t0 = System.nanoTime();
            bareSelect(pool, id);
            long t1 = System.nanoTime();
            storage.influencers().findAccount(id).orElseThrow();
            long t2 = System.nanoTime();
            storage.accountSearch().view(id).orElseThrow();
            long t3 = System.nanoTime();
            if (round >= 0) {
                bare.add(t1 - t0);
                find.add(t2 - t1);
                view.add(t3 - t2);
            }
        }
        System.out.println("get-by-id, bare JDBC primary-key select: " + bare.summary());
        System.out.println("get-by-id, Influencers.findAccount:      " + find.summary());
        System.out.println("get-by-id, AccountSearch.view (+owner, other platforms): " + view.summary());
        System.out.printf(
                "get-by-id p50 ratio to bare select: findAccount %.2fx, view %.2fx%n",
                find.percentile(50) / bare.percentile(50), view.percentile(50) / bare.percentile(50));
    }

    private static void bareSelect(HikariDataSource pool, AccountId id) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id, influencer_id, platform, handle, "
                        + "profile_url, email, notes, metrics::text, metrics_collected_at, version, created_at, "
                        + "updated_at FROM platform_account WHERE id = ?")) {
            select.setObject(1, UUID.fromString(id.value()));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("missing " + id);
                }
                for (int column = 1; column <= 12; column++) {
                    row.getObject(column);
                }
            }
        }
    }

    /** Two-character substrings of what is stored (names, handles, emails), as staff would type them. */
    private static void search(PostgresStorage storage, List<NewAccount> roster) {
        List<String> queries = SearchTexts.twoCharacter(roster, QUERIES, 11);
        Roster front = Roster.builder().storage(storage).build();
        for (String order : new String[] {null, "handle", "-followers"}) {
            Latencies latencies = new Latencies(SEARCH_ROUNDS);
            java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();
            for (int round = -SEARCH_ROUNDS / 4; round < SEARCH_ROUNDS; round++) {
                String query = queries.get(Math.floorMod(round, queries.size()));
                long t0 = System.nanoTime();
                front.accounts().search(new SearchAccountsCommand("a", query, null, null, order, 20, null));
                if (round >= 0) {
                    long elapsed = System.nanoTime() - t0;
                    latencies.add(elapsed);
                    slowest.put(elapsed, query);
                    if (slowest.size() > 5) {
                        slowest.pollFirstEntry();
                    }
                }
            }
            System.out.println("slowest: " + slowest.descendingMap());
            System.out.printf(
                    "search, 2-character text, order %s, page of 20: %s%n",
                    order == null ? "-created" : order, latencies.summary());
        }
        explain(storage, "아준");
        explain(storage, "mi");
        explain(storage, "m1");
        explain(storage, "o_");
    }

    /** Prints the plan and timing of one search, as the store runs it. */
    private static void explain(PostgresStorage storage, String query) {
        System.out.println("EXPLAIN ANALYZE of the search for '" + query + "', newest first, page of 20:");
        storage.searchPlan(
                        new AccountQuery(PlatformCode.of("a"), query, null, null, AccountOrder.NEWEST_FIRST, 20, null))
                .forEach(line -> System.out.println("    " + line));
    }

    private static String serverVersion(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW server_version")) {
            row.next();
            return "PostgreSQL " + row.getString(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

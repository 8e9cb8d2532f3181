package dev.roster.attacks;

import dev.roster.bootstrap.config.StoreOptions;
import dev.roster.e2e.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A schema of its own on the test PostgreSQL ({@code scripts/test} starts it and sets {@code ROSTER_TEST_*}), for one
 * attacked server, dropped afterwards; and a fingerprint of everything in it, to tell whether anything was written.
 */
final class AttackDatabase implements AutoCloseable {

    private final String schema =
            "roster_attack_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    AttackDatabase() throws Exception {
        execute("CREATE SCHEMA " + schema);
    }

    /** What {@code roster serve --store postgres} would be given to reach this schema, files under {@code dataDir}. */
    StoreOptions storeOptions(Path dataDir) {
        StoreOptions store = new StoreOptions();
        store.store = "postgres";
        store.jdbcUrl = jdbcUrl() + (jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        store.jdbcUser = TestDatabase.user();
        store.jdbcPassword = TestDatabase.password();
        store.dataDir = dataDir;
        return store;
    }

    /** Every table of the schema and a digest of all its rows: equal fingerprints, nothing written in between. */
    TreeMap<String, String> fingerprint() throws Exception {
        TreeMap<String, String> tables = new TreeMap<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = '" + schema + "' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String table : names) {
                try (ResultSet digest = statement.executeQuery("SELECT count(*) || ':' || md5(coalesce(string_agg("
                        + "t::text, '|' ORDER BY t::text), '')) FROM " + schema + ".\"" + table + "\" t")) {
                    digest.next();
                    tables.put(table, digest.getString(1));
                }
            }
        }
        return tables;
    }

    @Override
    public void close() throws Exception {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(jdbcUrl(), TestDatabase.user(), TestDatabase.password());
    }

    private static String jdbcUrl() {
        return TestDatabase.jdbcUrl();
    }
}

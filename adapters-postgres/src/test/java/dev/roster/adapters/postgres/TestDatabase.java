package dev.roster.adapters.postgres;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server the tests run against, named by {@code ROSTER_TEST_JDBC_URL}, {@code ROSTER_TEST_DB_USER}
 * and {@code ROSTER_TEST_DB_PASSWORD} ({@code scripts/test} starts one and sets them). Each test JVM works in a schema
 * of its own, dropped when the JVM ends, so test runs from several work trees never see each other's rows.
 */
final class TestDatabase {

    static final String URL = "ROSTER_TEST_JDBC_URL";
    static final String USER = "ROSTER_TEST_DB_USER";
    static final String PASSWORD = "ROSTER_TEST_DB_PASSWORD";

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String schema;
    private final HikariDataSource pool;

    private TestDatabase() {
        this.jdbcUrl = required(URL);
        this.user = required(USER);
        this.password = System.getenv(PASSWORD);
        this.schema =
                "roster_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        executeOn(jdbcUrl, "CREATE SCHEMA " + schema);
        this.pool = PostgresPool.open(
                new PostgresSettings(inSchema(), user, password, 8, PostgresSettings.DEFAULT_CONNECTION_TIMEOUT));
        PostgresMigrations.migrate(pool);
        Runtime.getRuntime().addShutdownHook(new Thread(this::drop, "drop-test-schema"));
    }

    /** The one test database of this JVM, opened on first use (a holder class: no mutable static state). */
    static TestDatabase shared() {
        if (Holder.OPENED instanceof TestDatabase database) {
            return database;
        }
        // Every test that needs the server fails with the reason, not only the first one.
        RuntimeException failure = (RuntimeException) Holder.OPENED;
        throw new IllegalStateException(failure.getMessage(), failure);
    }

    HikariDataSource pool() {
        return pool;
    }

    /** Settings that reach this JVM's schema, for tests that open their own pool. */
    PostgresSettings settings() {
        return PostgresSettings.of(inSchema(), user, password);
    }

    /** A store over this database with every row of every table removed. */
    PostgresStorage emptyStorage() {
        // DELETE, not TRUNCATE: on the few rows a test leaves it is many times faster, and cascades the same.
        execute("DELETE FROM influencer; DELETE FROM job; DELETE FROM job_queue");
        return PostgresStorage.create(pool);
    }

    /**
     * A store over this database with every row removed that keeps up to {@code accounts} account pages in memory, as
     * a server's does; close it after the test.
     */
    PostgresStorage emptyStorageWithAccountCache(int accounts) {
        emptyStorage();
        return PostgresStorage.withAccountCache(pool, settings(), accounts);
    }

    /** Runs SQL in this JVM's schema, outside the pool under test. */
    void execute(String sql) {
        executeOn(inSchema(), sql);
    }

    private void executeOn(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("test database: " + sql + ": " + failure.getMessage(), failure);
        }
    }

    /**
     * The name this JVM's connections carry in {@code pg_stat_activity}: other test runs may share the server and its
     * database (each in a schema of its own), and a test that acts on other backends must pick only its own.
     */
    String applicationName() {
        return schema;
    }

    private String inSchema() {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&ApplicationName=" + schema;
    }

    private void drop() {
        pool.close();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException ignored) {
            // The server may already be down at JVM exit; a leftover schema holds only test rows.
        }
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: these tests need a real PostgreSQL server. "
                    + "Run them with scripts/test, which starts the machine's PostgreSQL and sets " + URL + ", "
                    + USER + " and " + PASSWORD + ", or set those to a server you run.");
        }
        return value;
    }

    private static final class Holder {
        static final Object OPENED = open();

        private static Object open() {
            try {
                return new TestDatabase();
            } catch (RuntimeException failure) {
                return failure;
            }
        }
    }
}

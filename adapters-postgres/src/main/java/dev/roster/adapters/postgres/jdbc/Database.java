package dev.roster.adapters.postgres.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs each use case's statements as one transaction on a pooled connection and reports failures as the application's
 * errors: a change happens completely or not at all, and the caller never sees an {@link SQLException}.
 */
public final class Database {

    /** How often a transaction PostgreSQL aborted to break a deadlock is run again before giving up. */
    private static final int ATTEMPTS = 4;

    private final DataSource dataSource;

    public Database(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Runs {@code work} in one transaction; a violated constraint becomes what {@code violations} says it means. */
    public <T> T transaction(Work<T> work, Violations violations) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                return inTransaction(connection, work);
            } catch (SQLException failure) {
                if (!SqlFailures.isRetryable(failure) || attempt == ATTEMPTS) {
                    throw SqlFailures.translate(failure, violations);
                }
            }
        }
    }

    /** Runs one statement, which is its own transaction: one round trip, nothing to commit. */
    public <T> T statement(Work<T> work) {
        return statement(work, Violations.NONE);
    }

    /** Runs one statement, which is its own transaction; a violated constraint becomes what {@code violations} says. */
    public <T> T statement(Work<T> work, Violations violations) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException failure) {
            throw SqlFailures.translate(failure, violations);
        }
    }

    private static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        // The pool puts auto-commit back when the connection returns to it.
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException failure) {
            rollbackQuietly(connection, failure);
            throw failure;
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException lost) {
            // The connection is gone: the server has dropped the transaction with it.
            cause.addSuppressed(lost);
        }
    }
}

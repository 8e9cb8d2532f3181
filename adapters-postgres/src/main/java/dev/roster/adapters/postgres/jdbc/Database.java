package dev.roster.adapters.postgres.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.roster.application.error.RosterException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * Runs each use case's statements as one transaction on a pooled connection and reports failures as the application's
 * errors: a change happens completely or not at all, and the caller never sees an {@link SQLException}.
 *
 * <p>Work is run again, on a fresh connection, when doing so cannot apply it twice: after PostgreSQL aborted the
 * transaction to break a deadlock, and once after the connection turned out dead before the commit was sent (the
 * server rolled that transaction back; this is how the first request after a database restart still succeeds).
 */
public final class Database {

    /** How often a transaction PostgreSQL aborted to break a deadlock is run again before giving up. */
    private static final int ATTEMPTS = 4;

    private final DataSource dataSource;
    private final Runnable afterTransaction;

    public Database(DataSource dataSource) {
        this(dataSource, () -> {});
    }

    /**
     * Runs {@code afterTransaction} once each transaction has ended, whether it committed, rolled back or its commit
     * failed (which may still have taken effect): for a cache of reads that must drop what a write may have changed.
     */
    public Database(DataSource dataSource, Runnable afterTransaction) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.afterTransaction = Objects.requireNonNull(afterTransaction, "afterTransaction");
    }

    /** Runs {@code work} in one transaction that can break no constraint. */
    public <T> T transaction(Work<T> work) {
        return transaction(work, Violations.NONE);
    }

    /** Runs {@code work} in one transaction; a violated constraint becomes what {@code violations} says it means. */
    public <T> T transaction(Work<T> work, Violations violations) {
        try {
            return attempts(work, violations);
        } finally {
            afterTransaction.run();
        }
    }

    private <T> T attempts(Work<T> work, Violations violations) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = connect()) {
                return inTransaction(connection, work);
            } catch (SQLException failure) {
                boolean lostBeforeCommit = SqlFailures.isConnectionLost(failure)
                        && !(failure instanceof CommitFailed)
                        && !(failure instanceof NoConnection);
                if (attempt == ATTEMPTS || !(SqlFailures.isRetryable(failure) || lostBeforeCommit && attempt == 1)) {
                    throw failed(failure, violations);
                }
                dropIdleConnectionsIfLost(failure);
            }
        }
    }

    /** Runs a read: one statement, no transaction to commit; run again once if the connection turned out dead. */
    public <T> T read(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = connect()) {
                return work.run(connection);
            } catch (SQLException failure) {
                if (!readAgain(failure, attempt)) {
                    throw failed(failure, Violations.NONE);
                }
                dropIdleConnectionsIfLost(failure);
            }
        }
    }

    /**
     * The rows of one query, each made a value by {@code reader}, streamed from a server-side cursor: {@code fetchSize}
     * rows a round trip, never the whole result in memory. The stream holds a pooled connection until it is closed.
     * Opening it is tried again once if the connection turned out dead, as a {@link #read} is.
     */
    public <T> Stream<T> stream(Work<PreparedStatement> query, RowReader<T> reader, int fetchSize) {
        for (int attempt = 1; ; attempt++) {
            Connection connection = null;
            try {
                connection = connect();
                // PostgreSQL's driver reads through a cursor only inside a transaction; else it reads every row at
                // once.
                connection.setAutoCommit(false);
                PreparedStatement statement = query.run(connection);
                statement.setFetchSize(fetchSize);
                RowCursor<T> cursor = new RowCursor<>(
                        connection,
                        statement,
                        statement.executeQuery(),
                        reader,
                        failure -> failed(failure, Violations.NONE));
                return StreamSupport.stream(
                                Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED | Spliterator.NONNULL),
                                false)
                        .onClose(cursor::close);
            } catch (SQLException failure) {
                closeQuietly(connection, failure);
                if (!readAgain(failure, attempt)) {
                    throw failed(failure, Violations.NONE);
                }
                dropIdleConnectionsIfLost(failure);
            }
        }
    }

    /**
     * Whether a read that failed is worth one more try: its connection turned out dead (the server restarted), which
     * a fresh one will not be. Not when no connection could be had at all: the pool has already waited for one.
     */
    private static boolean readAgain(SQLException failure, int attempt) {
        return attempt == 1 && SqlFailures.isConnectionLost(failure) && !(failure instanceof NoConnection);
    }

    /** A pooled connection; when none comes within the pool's timeout, running the work again would not help. */
    private Connection connect() throws SQLException {
        try {
            return dataSource.getConnection();
        } catch (SQLException failure) {
            throw new NoConnection(failure);
        }
    }

    private static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        // The pool puts auto-commit back when the connection returns to it.
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run(connection);
        } catch (SQLException | RuntimeException failure) {
            rollbackQuietly(connection, failure);
            throw failure;
        }
        try {
            connection.commit();
        } catch (SQLException failure) {
            throw new CommitFailed(failure);
        }
        return result;
    }

    private RosterException failed(SQLException failure, Violations violations) {
        dropIdleConnectionsIfLost(failure);
        return SqlFailures.translate(failure, violations);
    }

    /**
     * A connection that turned out dead means the server went away (restarted, failed over): the pool's other idle
     * connections are dead too, so they are dropped now rather than each failing a request of its own.
     */
    private void dropIdleConnectionsIfLost(SQLException failure) {
        if (SqlFailures.isConnectionLost(failure) && dataSource instanceof HikariDataSource pool) {
            HikariPoolMXBean connections = pool.getHikariPoolMXBean();
            if (connections != null) {
                connections.softEvictConnections();
            }
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException lost) {
                cause.addSuppressed(lost);
            }
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

    /** No connection could be had: the pool has already waited its timeout for one. */
    private static final class NoConnection extends SQLException {

        private static final long serialVersionUID = 1L;

        NoConnection(SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause);
        }
    }

    /** The commit itself failed: whether it took effect is unknown, so the work must not be run again. */
    private static final class CommitFailed extends SQLException {

        private static final long serialVersionUID = 1L;

        CommitFailed(SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause);
        }
    }
}

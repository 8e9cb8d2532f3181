package dev.roster.adapters.postgres.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The rows of one open query, a value each, read as they are asked for; closing it ends the read's transaction and
 * gives the connection back to the pool.
 */
final class RowCursor<T> implements Iterator<T>, AutoCloseable {

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final RowReader<T> reader;
    private final Function<SQLException, RuntimeException> failed;
    private Boolean onRow;

    RowCursor(
            Connection connection,
            PreparedStatement statement,
            ResultSet rows,
            RowReader<T> reader,
            Function<SQLException, RuntimeException> failed) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.reader = reader;
        this.failed = failed;
    }

    @Override
    public boolean hasNext() {
        if (onRow == null) {
            try {
                onRow = rows.next();
            } catch (SQLException failure) {
                throw failed.apply(failure);
            }
        }
        return onRow;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        onRow = null;
        try {
            return reader.read(rows);
        } catch (SQLException failure) {
            throw failed.apply(failure);
        }
    }

    @Override
    public void close() {
        try (connection) {
            // The cursor first, then the read's transaction that holds it (nothing to commit), then the connection.
            rows.close();
            statement.close();
            connection.rollback();
        } catch (SQLException ignored) {
            // Only read, nothing to lose; a connection that broke is dropped by the pool when it comes back.
        }
    }
}

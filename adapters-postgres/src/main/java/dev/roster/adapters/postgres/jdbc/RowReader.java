package dev.roster.adapters.postgres.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Makes the result set's current row a value. */
@FunctionalInterface
public interface RowReader<T> {

    T read(ResultSet row) throws SQLException;
}

package dev.roster.adapters.postgres.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Statements run on one connection, inside one transaction. */
@FunctionalInterface
public interface Work<T> {

    T run(Connection connection) throws SQLException;
}

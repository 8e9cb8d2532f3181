package dev.roster.adapters.postgres.jdbc;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.RosterException;
import dev.roster.application.error.UnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns what PostgreSQL and the pool report into the application's closed set of errors. */
final class SqlFailures {

    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";

    /** The states PostgreSQL gives a transaction it aborted so that another could go on; running it again is safe. */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");

    /** The server is going away or refusing work: admin shutdown, crash shutdown, cannot connect now. */
    private static final Set<String> SERVER_UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "57014");

    private SqlFailures() {}

    static boolean isRetryable(SQLException failure) {
        return RETRYABLE.contains(failure.getSQLState());
    }

    /** Whether the connection itself is gone (as opposed to the pool having none to give). */
    static boolean isConnectionLost(SQLException failure) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        return state.startsWith("08") || SERVER_UNAVAILABLE.contains(state) && !state.equals("57014");
    }

    static RosterException translate(SQLException failure, Violations violations) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        if (state.equals(UNIQUE_VIOLATION) || state.equals(FOREIGN_KEY_VIOLATION)) {
            RosterException refusal = violations.explain(constraintOf(failure));
            if (refusal != null) {
                return refusal;
            }
            throw new IllegalStateException("unexpected violation of " + constraintOf(failure), failure);
        }
        if (isUnavailable(failure, state)) {
            return new UnavailableException(
                    "the database did not answer; nothing was changed, try again later", failure);
        }
        if (RETRYABLE.contains(state)) {
            return new UnavailableException("the database is too busy to settle this change; try again", failure);
        }
        if (state.equals("42P01") || state.equals("3F000")) {
            // Undefined table or schema: the database is reachable but was never migrated (or another schema is set).
            return new UnavailableException(
                    "the database has no Roster tables: run the migrations "
                            + "(PostgresMigrations.migrate, or roster migrate) against it first",
                    failure);
        }
        if (state.startsWith("22")) {
            // Data exceptions: text PostgreSQL cannot hold (a NUL character) or a value out of its range.
            return InvalidInputException.of("input", "holds a value the database cannot store (" + state + ")");
        }
        throw new IllegalStateException("the database refused a statement (" + state + ")", failure);
    }

    private static boolean isUnavailable(SQLException failure, String state) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            // The pool's "no connection within the timeout" carries no state of its own, only its type.
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return state.startsWith("08")
                || state.startsWith("53")
                || state.startsWith("58")
                || SERVER_UNAVAILABLE.contains(state);
    }

    private static String constraintOf(SQLException failure) {
        if (failure instanceof PSQLException psql) {
            ServerErrorMessage detail = psql.getServerErrorMessage();
            if (detail != null && detail.getConstraint() != null) {
                return detail.getConstraint();
            }
        }
        return "";
    }
}

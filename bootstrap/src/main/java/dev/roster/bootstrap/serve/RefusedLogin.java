package dev.roster.bootstrap.serve;

import dev.roster.bootstrap.config.ConfigurationException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A PostgreSQL that answered but refused the login or the database is a setting to fix (exit code 2), not a store that
 * is down (exit code 1): it is told as the settings that name them.
 */
final class RefusedLogin {

    /** SQLSTATE class 28: invalid authorization specification (wrong password, unknown role, pg_hba refusal). */
    private static final String BAD_LOGIN = "28";
    /** SQLSTATE 3D000: the database does not exist. */
    private static final String NO_DATABASE = "3D000";

    private RefusedLogin() {}

    static Optional<ConfigurationException> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (sql.getSQLState().startsWith(BAD_LOGIN)) {
                    return Optional.of(new ConfigurationException("--jdbc-user/--jdbc-password (ROSTER_JDBC_USER/"
                            + "ROSTER_JDBC_PASSWORD, or user= and password= in --jdbc-url): PostgreSQL refused the "
                            + "login: " + sql.getMessage()));
                }
                if (sql.getSQLState().equals(NO_DATABASE)) {
                    return Optional.of(new ConfigurationException(
                            "--jdbc-url", "names a database PostgreSQL does not " + "have: " + sql.getMessage()));
                }
            }
        }
        return Optional.empty();
    }
}

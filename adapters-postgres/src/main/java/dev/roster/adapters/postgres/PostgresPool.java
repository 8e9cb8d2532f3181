package dev.roster.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.roster.application.error.UnavailableException;

/** Opens the HikariCP connection pool every PostgreSQL part of Roster shares. */
public final class PostgresPool {

    private PostgresPool() {}

    /**
     * A pool of connections to the server in {@code settings}; close it when done. Fails at once when the server
     * cannot be reached, rather than at the first request.
     *
     * @throws UnavailableException naming the server when no connection can be made
     */
    public static HikariDataSource open(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("roster-postgres");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxConnections());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        // A dead server answers "unavailable" within the timeout instead of hanging a request on the socket.
        config.addDataSourceProperty(
                "connectTimeout", Math.max(1, settings.connectionTimeout().toSeconds()));
        config.addDataSourceProperty("tcpKeepAlive", true);
        config.addDataSourceProperty("ApplicationName", "roster");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException failure) {
            throw new UnavailableException(
                    "cannot connect to PostgreSQL at " + settings.jdbcUrl() + " as " + settings.user() + ": "
                            + rootMessage(failure),
                    failure);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

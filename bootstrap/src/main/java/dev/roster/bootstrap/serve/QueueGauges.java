package dev.roster.bootstrap.serve;

import dev.roster.adapters.http.routes.ApiMetrics;
import dev.roster.adapters.http.routes.Labels;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What PostgreSQL can tell {@code GET /api/metrics} at each scrape: the job queues' depth, the age of their oldest
 * waiting job and their dead letters, and the accounts by platform and the outcome of their last collection.
 */
final class QueueGauges {

    private static final String WAITING = "SELECT queue, count(*) FILTER (WHERE dead_at IS NULL), "
            + "coalesce(extract(epoch FROM now() - min(enqueued_at) FILTER (WHERE dead_at IS NULL)), 0), "
            + "count(*) FILTER (WHERE dead_at IS NOT NULL) FROM job_queue GROUP BY queue";

    /** The last attempt's outcome: a failure recorded at (or after) it is its outcome; no attempt yet is "never". */
    private static final String COLLECTED = "SELECT a.platform, CASE WHEN s.attempted_at IS NULL THEN 'never' "
            + "WHEN s.failed_at IS NOT NULL AND s.failed_at >= s.attempted_at THEN s.failure_status "
            + "ELSE 'collected' END, count(*) FROM platform_account a "
            + "LEFT JOIN collection_state s ON s.account_id = a.id GROUP BY 1, 2";

    private QueueGauges() {}

    static void register(ApiMetrics metrics, DataSource pool) {
        metrics.gauge("roster_job_queue_depth", "Jobs waiting or running, by queue.", () -> read(pool, 2))
                .gauge(
                        "roster_job_queue_oldest_age_seconds",
                        "Age of the oldest job waiting or running, by queue.",
                        () -> read(pool, 3))
                .gauge(
                        "roster_job_queue_dead_letters",
                        "Jobs given up on after too many deliveries, by queue.",
                        () -> read(pool, 4))
                .gauge(
                        "roster_collection_accounts",
                        "Accounts by platform and the outcome of their last collection "
                                + "(collected, a failure's status, or never).",
                        () -> collected(pool));
    }

    private static Map<Labels, Number> collected(DataSource pool) {
        Map<Labels, Number> values = new LinkedHashMap<>();
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet rows = statement.executeQuery(COLLECTED)) {
                while (rows.next()) {
                    values.put(
                            Labels.of("platform", label(rows.getString(1)), "outcome", label(rows.getString(2))),
                            rows.getLong(3));
                }
            }
        } catch (SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return values;
    }

    private static String label(String value) {
        return value == null ? "" : value;
    }

    private static Map<Labels, Number> read(DataSource pool, int column) {
        Map<Labels, Number> values = new LinkedHashMap<>();
        values.put(Labels.of("queue", "jobs"), 0);
        values.put(Labels.of("queue", Stores.COLLECTION_QUEUE), 0);
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet rows = statement.executeQuery(WAITING)) {
                while (rows.next()) {
                    values.put(Labels.of("queue", rows.getString(1)), rows.getDouble(column));
                }
            }
        } catch (SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return values;
    }
}

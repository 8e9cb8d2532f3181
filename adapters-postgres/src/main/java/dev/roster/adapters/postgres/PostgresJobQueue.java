package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.jdbc.Database;
import dev.roster.adapters.postgres.mapping.DomainValues;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.domain.job.JobId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A durable {@link JobQueue} in the {@code job_queue} table: jobs survive a crash of the server or the database.
 *
 * <p>Receiving locks ready rows with {@code FOR UPDATE SKIP LOCKED}, so concurrent workers never get the same job,
 * and hides each until its visibility timeout passes, by the clock the queue is given (the system's; a test's that
 * it steps). Timeouts are minutes long, so the skew between the clocks of several servers does not matter. A job
 * that has been handed out {@code maxReceives} times is dead-lettered (kept, with {@code dead_at} set) the next time
 * it would be handed out. Acknowledging and releasing need the receipt of the latest delivery, so a worker whose
 * timeout passed cannot touch a job another worker now holds.
 */
public final class PostgresJobQueue implements JobQueue {

    private static final String READY = "SELECT job_id FROM job_queue WHERE queue = ? AND dead_at IS NULL "
            + "AND visible_at <= ? AND receive_count %s ? ORDER BY visible_at, job_id LIMIT ? FOR UPDATE SKIP LOCKED";

    private static final String BURY = "UPDATE job_queue q SET dead_at = ?, receipt = NULL FROM ("
            + READY.formatted(">=") + ") ready WHERE q.queue = ? AND q.job_id = ready.job_id";

    private static final String DELIVER = "UPDATE job_queue q SET receive_count = q.receive_count + 1, "
            + "receipt = gen_random_uuid(), visible_at = ? FROM ("
            + READY.formatted("<") + ") ready WHERE q.queue = ? AND q.job_id = ready.job_id "
            + "RETURNING q.job_id, q.receipt, q.receive_count";

    /** How many dead letters one receive moves aside at most, so a backlog of them never makes a receive slow. */
    private static final int BURY_AT_ONCE = 100;

    private final Database database;
    private final JobQueueSettings settings;
    private final Clock clock;

    public PostgresJobQueue(DataSource dataSource, JobQueueSettings settings, Clock clock) {
        this.database = new Database(dataSource);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void enqueue(JobId job) {
        Instant now = clock.instant();
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO job_queue "
                    + "(queue, job_id, enqueued_at, visible_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, settings.name());
                Columns.setId(insert, 2, job.value());
                Columns.setInstant(insert, 3, now);
                Columns.setInstant(insert, 4, now);
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<JobDelivery> receive(int max, Duration visibility) {
        if (max < 1) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant hiddenUntil = now.plus(visibility.isNegative() ? Duration.ZERO : visibility);
        return database.transaction(connection -> {
            try (PreparedStatement bury = connection.prepareStatement(BURY)) {
                Columns.setInstant(bury, 1, now);
                bindReady(bury, 2, now, BURY_AT_ONCE);
                bury.setString(6, settings.name());
                bury.executeUpdate();
            }
            List<JobDelivery> deliveries = new ArrayList<>();
            try (PreparedStatement deliver = connection.prepareStatement(DELIVER)) {
                Columns.setInstant(deliver, 1, hiddenUntil);
                bindReady(deliver, 2, now, max);
                deliver.setString(6, settings.name());
                try (ResultSet row = deliver.executeQuery()) {
                    while (row.next()) {
                        deliveries.add(new JobDelivery(
                                DomainValues.jobId(Columns.id(row, "job_id")),
                                Columns.id(row, "receipt"),
                                row.getInt("receive_count")));
                    }
                }
            }
            return deliveries;
        });
    }

    @Override
    public void acknowledge(JobDelivery delivery) {
        changeDelivered(delivery, "DELETE FROM job_queue WHERE queue = ? AND job_id = ? AND receipt = ?", null);
    }

    @Override
    public void extend(JobDelivery delivery, Duration visibility) {
        changeDelivered(
                delivery,
                "UPDATE job_queue SET visible_at = ? WHERE queue = ? AND job_id = ? AND receipt = ?",
                clock.instant().plus(visibility.isNegative() ? Duration.ZERO : visibility));
    }

    /**
     * Hands out again at once every job of this queue that a worker holds: for a server that knows it is the only one
     * on the queue (the embedded store, whose data directory one server holds), so that what the last one was doing
     * when it was killed resumes as it starts instead of when the leases run out.
     *
     * @return how many jobs were held
     */
    public int releaseAllHeld() {
        Instant now = clock.instant();
        return database.transaction(connection -> {
            try (PreparedStatement release = connection.prepareStatement("UPDATE job_queue SET receipt = NULL, "
                    + "visible_at = ? WHERE queue = ? AND receipt IS NOT NULL AND dead_at IS NULL")) {
                Columns.setInstant(release, 1, now);
                release.setString(2, settings.name());
                return release.executeUpdate();
            }
        });
    }

    @Override
    public void release(JobDelivery delivery, Duration delay) {
        changeDelivered(
                delivery,
                "UPDATE job_queue SET receipt = NULL, "
                        + "visible_at = ? WHERE queue = ? AND job_id = ? AND receipt = ?",
                clock.instant().plus(delay.isNegative() ? Duration.ZERO : delay));
    }

    /** The jobs given up on, oldest first, for an operator to look into. */
    public List<JobId> deadLetters() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT job_id FROM job_queue "
                    + "WHERE queue = ? AND dead_at IS NOT NULL ORDER BY dead_at, job_id")) {
                select.setString(1, settings.name());
                List<JobId> dead = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        dead.add(DomainValues.jobId(Columns.id(row, "job_id")));
                    }
                }
                return dead;
            }
        });
    }

    private void bindReady(PreparedStatement statement, int first, Instant now, int limit) throws SQLException {
        statement.setString(first, settings.name());
        Columns.setInstant(statement, first + 1, now);
        statement.setInt(first + 2, settings.maxReceives());
        statement.setInt(first + 3, limit);
    }

    /** Runs a change that only the holder of the delivery's receipt may make; a stale receipt changes nothing. */
    private void changeDelivered(JobDelivery delivery, String sql, Instant visibleAt) {
        UUID receipt = parseReceipt(delivery.receipt());
        if (receipt == null) {
            return;
        }
        database.transaction(connection -> {
            try (PreparedStatement change = connection.prepareStatement(sql)) {
                int index = 1;
                if (visibleAt != null) {
                    Columns.setInstant(change, index++, visibleAt);
                }
                change.setString(index++, settings.name());
                Columns.setId(change, index++, delivery.jobId().value());
                change.setObject(index, receipt);
                return change.executeUpdate();
            }
        });
    }

    private static UUID parseReceipt(String receipt) {
        try {
            return UUID.fromString(receipt);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}

package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.jdbc.Database;
import dev.roster.adapters.postgres.mapping.JobMapper;
import dev.roster.adapters.postgres.mapping.JobRow;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.Jobs;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Background jobs in {@code job}, each change checked against the version it was made from. */
final class PostgresJobs implements Jobs {

    private final Database database;
    private final JobMapper jobs;

    PostgresJobs(Database database, JobMapper jobs) {
        this.database = database;
        this.jobs = jobs;
    }

    @Override
    public void create(Job job) {
        JobRow row = jobs.toRow(job);
        database.transaction(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement("INSERT INTO job (type, status, parameters, "
                                    + "progress_done, progress_total, result, failure_reason, updated_at, id, version, created_at) "
                                    + "VALUES (?, ?, ?::json, ?, ?, ?::json, ?, ?, ?, ?, ?)")) {
                        bindState(insert, row);
                        Columns.setInstant(insert, 11, row.createdAt());
                        return insert.executeUpdate();
                    }
                },
                constraint ->
                        constraint.equals(Constraints.JOB_ID) ? ConflictException.duplicateId("job", row.id()) : null);
    }

    @Override
    public Optional<Job> find(JobId id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, type, status, parameters::text, "
                    + "progress_done, progress_total, result::text, failure_reason, version, created_at, updated_at "
                    + "FROM job WHERE id = ?")) {
                Columns.setId(select, 1, id.value());
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(jobs.toJob(new JobRow(
                                    Columns.id(row, "id"),
                                    row.getString("type"),
                                    row.getString("status"),
                                    row.getString("parameters"),
                                    row.getLong("progress_done"),
                                    row.getLong("progress_total"),
                                    row.getString("result"),
                                    row.getString("failure_reason"),
                                    row.getLong("version"),
                                    Columns.instant(row, "created_at"),
                                    Columns.instant(row, "updated_at"))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public Job update(Job changed) {
        JobRow row = jobs.toRow(changed);
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE job SET type = ?, status = ?, "
                    + "parameters = ?::json, progress_done = ?, progress_total = ?, result = ?::json, "
                    + "failure_reason = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                bindState(update, row);
                if (update.executeUpdate() == 1) {
                    return changed.nextVersion();
                }
            }
            throw Rows.exists(connection, "job", row.id())
                    ? ConflictException.stale("job", row.id())
                    : new NotFoundException("job", row.id());
        });
    }

    /** Binds parameters 1-10: the job's state, then its id and version. */
    private static void bindState(PreparedStatement statement, JobRow row) throws SQLException {
        statement.setString(1, row.type());
        statement.setString(2, row.status());
        statement.setString(3, row.parameters());
        statement.setLong(4, row.progressDone());
        statement.setLong(5, row.progressTotal());
        statement.setString(6, row.result());
        statement.setString(7, row.failureReason());
        Columns.setInstant(statement, 8, row.updatedAt());
        Columns.setId(statement, 9, row.id());
        statement.setLong(10, row.version());
    }
}

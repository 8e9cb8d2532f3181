package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.jdbc.Database;
import dev.roster.adapters.postgres.mapping.DomainValues;
import dev.roster.adapters.postgres.mapping.JsonColumns;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.MetricHistory;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.NewestWins;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Metric history in {@code metric_snapshot}; the newest reading is also kept on the account row. */
final class PostgresMetricHistory implements MetricHistory {

    private final Database database;
    private final JsonColumns json = new JsonColumns();
    private final PostgresCollections collections;

    PostgresMetricHistory(Database database, PostgresCollections collections) {
        this.database = database;
        this.collections = collections;
    }

    @Override
    public void record(MetricSnapshot snapshot) {
        String account = snapshot.accountId().value();
        String figures = json.figures(snapshot.reading());
        database.transaction(
                connection -> {
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metric_snapshot "
                            + "(account_id, collected_at, metrics) VALUES (?, ?, ?::jsonb) "
                            + "ON CONFLICT (account_id, collected_at) DO UPDATE SET metrics = excluded.metrics")) {
                        Columns.setId(insert, 1, account);
                        Columns.setInstant(insert, 2, snapshot.reading().collectedAt());
                        insert.setString(3, figures);
                        insert.executeUpdate();
                    }
                    // Shown on the account unless a newer reading is: the account's row is locked while that is
                    // decided.
                    if (NewestWins.replaces(
                            shownAt(connection, account), snapshot.reading().collectedAt())) {
                        try (PreparedStatement show = connection.prepareStatement("UPDATE platform_account "
                                + "SET metrics = ?::jsonb, metrics_collected_at = ? WHERE id = ?")) {
                            show.setString(1, figures);
                            Columns.setInstant(show, 2, snapshot.reading().collectedAt());
                            Columns.setId(show, 3, account);
                            show.executeUpdate();
                        }
                    }
                    PostgresCollections.attempted(
                            connection, snapshot.accountId(), snapshot.reading().collectedAt());
                    return null;
                },
                constraint -> constraint.equals(Constraints.SNAPSHOT_ACCOUNT)
                        ? new NotFoundException("account", account)
                        : null);
    }

    /** When the reading the account shows was taken (null: none), its row locked until the transaction ends. */
    private static Instant shownAt(Connection connection, String account) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT metrics_collected_at FROM platform_account WHERE id = ? FOR UPDATE")) {
            Columns.setId(select, 1, account);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Columns.instant(row, "metrics_collected_at") : null;
            }
        }
    }

    @Override
    public void recordFailure(CollectionFailure failure) {
        collections.recordFailure(failure);
    }

    @Override
    public Optional<CollectionFailure> lastFailure(AccountId account) {
        return collections.lastFailure(account);
    }

    @Override
    public List<PlatformAccount> claimDue(
            PlatformCode platform, Instant attemptedBefore, Instant now, Duration lease, int limit) {
        return collections.claimDue(platform, attemptedBefore, now, lease, limit);
    }

    @Override
    public List<MetricSnapshot> newestFirst(AccountId account, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT collected_at, metrics::text "
                    + "FROM metric_snapshot WHERE account_id = ? ORDER BY collected_at DESC LIMIT ?")) {
                Columns.setId(select, 1, account.value());
                select.setInt(2, Math.max(0, limit));
                List<MetricSnapshot> snapshots = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        snapshots.add(new MetricSnapshot(
                                DomainValues.accountId(account.value()),
                                json.reading(Columns.instant(row, "collected_at"), row.getString("metrics"))));
                    }
                }
                return snapshots;
            }
        });
    }
}

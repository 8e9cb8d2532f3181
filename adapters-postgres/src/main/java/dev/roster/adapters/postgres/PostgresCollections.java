package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.jdbc.Database;
import dev.roster.adapters.postgres.mapping.AccountMapper;
import dev.roster.application.error.NotFoundException;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
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

/** The {@code collection_state} side of the metric history: attempts, failures and claims, which make accounts due. */
final class PostgresCollections {

    private static final String ATTEMPTED = "INSERT INTO collection_state (account_id, attempted_at) VALUES (?, ?) "
            + "ON CONFLICT (account_id) DO UPDATE SET attempted_at = "
            + "greatest(collection_state.attempted_at, excluded.attempted_at)";

    private static final String DUE = "SELECT " + Rows.accountColumns("a") + " FROM platform_account a "
            + "LEFT JOIN collection_state s ON s.account_id = a.id WHERE a.platform = ? "
            + "AND (s.attempted_at IS NULL OR s.attempted_at < ?) AND (s.claimed_until IS NULL OR s.claimed_until <= ?) "
            + "ORDER BY s.attempted_at NULLS FIRST, a.id LIMIT ?";

    private static final String CLAIM = "INSERT INTO collection_state (account_id, claimed_until) "
            + "SELECT unnest(?::uuid[]), ? ON CONFLICT (account_id) DO UPDATE SET claimed_until = excluded.claimed_until";

    private final Database database;
    private final Database claims;
    private final AccountMapper accounts;

    /**
     * Failures through {@code database}; claims through {@code claims}, which may be one that tells no cache: a claim
     * changes nothing an account's page shows.
     */
    PostgresCollections(Database database, Database claims, AccountMapper accounts) {
        this.database = database;
        this.claims = claims;
        this.accounts = accounts;
    }

    /** Part of recording a snapshot: the account was collected at {@code at}. */
    static void attempted(Connection connection, AccountId account, Instant at) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(ATTEMPTED)) {
            Columns.setId(upsert, 1, account.value());
            Columns.setInstant(upsert, 2, at);
            upsert.executeUpdate();
        }
    }

    /** Counts as an attempt; kept as the last failure unless a newer one is ({@link NewestWins}). */
    void recordFailure(CollectionFailure failure) {
        database.transaction(
                connection -> {
                    // The attempt makes sure the row is there, and locks it while the failure to keep is decided.
                    attempted(connection, failure.accountId(), failure.at());
                    Instant keptAt;
                    try (PreparedStatement select = connection.prepareStatement(
                            "SELECT failed_at FROM collection_state WHERE account_id = ? FOR UPDATE")) {
                        Columns.setId(select, 1, failure.accountId().value());
                        try (ResultSet row = select.executeQuery()) {
                            keptAt = row.next() ? Columns.instant(row, "failed_at") : null;
                        }
                    }
                    if (!NewestWins.replaces(keptAt, failure.at())) {
                        return 0;
                    }
                    try (PreparedStatement keep =
                            connection.prepareStatement("UPDATE collection_state SET failure_status = ?, "
                                    + "failure_reason = ?, failed_at = ? WHERE account_id = ?")) {
                        keep.setString(1, failure.status().label());
                        keep.setString(2, failure.reason());
                        Columns.setInstant(keep, 3, failure.at());
                        Columns.setId(keep, 4, failure.accountId().value());
                        return keep.executeUpdate();
                    }
                },
                constraint -> constraint.equals(Constraints.COLLECTION_ACCOUNT)
                        ? new NotFoundException("account", failure.accountId().value())
                        : null);
    }

    Optional<CollectionFailure> lastFailure(AccountId account) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT failure_status, failure_reason, "
                    + "failed_at FROM collection_state WHERE account_id = ? AND failed_at IS NOT NULL")) {
                Columns.setId(select, 1, account.value());
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new CollectionFailure(
                                    account,
                                    CollectionFailure.Status.ofLabel(row.getString("failure_status")),
                                    row.getString("failure_reason"),
                                    Columns.instant(row, "failed_at")))
                            : Optional.empty();
                }
            }
        });
    }

    List<PlatformAccount> claimDue(
            PlatformCode platform, Instant attemptedBefore, Instant now, Duration lease, int limit) {
        return claims.transaction(connection -> {
            if (!lease.isZero()) {
                // Claims of one platform take turns: a claimer never sees rows another has picked but not yet claimed.
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT pg_advisory_xact_lock(hashtext('roster-collection'), hashtext(?))")) {
                    lock.setString(1, platform.value());
                    lock.execute();
                }
            }
            List<PlatformAccount> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(DUE)) {
                select.setString(1, platform.value());
                Columns.setInstant(select, 2, attemptedBefore);
                Columns.setInstant(select, 3, now);
                select.setInt(4, Math.max(0, limit));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        due.add(accounts.toAccount(Rows.account(row)));
                    }
                }
            }
            if (!lease.isZero() && !due.isEmpty()) {
                try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                    Columns.setTexts(
                            claim, 1, due.stream().map(a -> a.id().value()).toList());
                    Columns.setInstant(claim, 2, now.plus(lease));
                    claim.executeUpdate();
                }
            }
            return due;
        });
    }
}

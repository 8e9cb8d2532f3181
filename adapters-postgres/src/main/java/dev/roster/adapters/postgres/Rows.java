package dev.roster.adapters.postgres;

import static dev.roster.adapters.postgres.jdbc.Columns.id;
import static dev.roster.adapters.postgres.jdbc.Columns.instant;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.mapping.AccountRow;
import dev.roster.adapters.postgres.mapping.AccountWrite;
import dev.roster.adapters.postgres.mapping.InfluencerRow;
import dev.roster.adapters.postgres.mapping.InfluencerWrite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The columns Roster reads and writes for people and accounts, and how a result row becomes a row record. */
final class Rows {

    /** The account columns a {@link #account} reader expects, for the table aliased {@code alias}. */
    static String accountColumns(String alias) {
        String a = alias.isEmpty() ? "" : alias + ".";
        return a + "id, " + a + "influencer_id, " + a + "platform, " + a + "handle, " + a + "profile_url, " + a
                + "email, " + a + "notes, " + a + "metrics::text AS metrics, " + a + "metrics_collected_at, " + a
                + "version, " + a + "created_at, " + a + "updated_at";
    }

    /** The influencer columns an {@link #influencer} reader expects, named apart from an account's. */
    static final String INFLUENCER_COLUMNS = "i.id AS i_id, i.name AS i_name, i.phone AS i_phone, "
            + "i.version AS i_version, i.created_at AS i_created_at, i.updated_at AS i_updated_at";

    static final String INSERT_INFLUENCER = "INSERT INTO influencer "
            + "(id, name, phone, identity_key, name_key, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    static final String INSERT_ACCOUNT = "INSERT INTO platform_account (id, influencer_id, platform, handle, "
            + "handle_key, name_key, profile_url, email, email_key, notes, name_grams, account_grams, version, "
            + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::integer[], ?::integer[], ?, ?, ?)";

    private Rows() {}

    static AccountRow account(ResultSet row) throws SQLException {
        return new AccountRow(
                id(row, "id"),
                id(row, "influencer_id"),
                row.getString("platform"),
                row.getString("handle"),
                row.getString("profile_url"),
                row.getString("email"),
                row.getString("notes"),
                row.getString("metrics"),
                instant(row, "metrics_collected_at"),
                row.getLong("version"),
                instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    static InfluencerRow influencer(ResultSet row) throws SQLException {
        return new InfluencerRow(
                id(row, "i_id"),
                row.getString("i_name"),
                row.getString("i_phone"),
                row.getLong("i_version"),
                instant(row, "i_created_at"),
                instant(row, "i_updated_at"));
    }

    /** Whether {@code table} has a row with this id: tells a stale version from a row that is gone. */
    static boolean exists(Connection connection, String table, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            Columns.setId(select, 1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    static void bindInfluencer(PreparedStatement statement, InfluencerWrite person) throws SQLException {
        Columns.setId(statement, 1, person.id());
        statement.setString(2, person.name());
        statement.setString(3, person.phone());
        statement.setString(4, person.identityKey());
        statement.setString(5, person.nameKey());
        statement.setLong(6, person.version());
        Columns.setInstant(statement, 7, person.createdAt());
        Columns.setInstant(statement, 8, person.updatedAt());
    }

    static void bindAccount(PreparedStatement statement, AccountWrite account) throws SQLException {
        Columns.setId(statement, 1, account.id());
        Columns.setId(statement, 2, account.influencerId());
        statement.setString(3, account.platform());
        statement.setString(4, account.handle());
        statement.setString(5, account.handleKey());
        statement.setString(6, account.nameKey());
        statement.setString(7, account.profileUrl());
        statement.setString(8, account.email());
        statement.setString(9, account.emailKey());
        statement.setString(10, account.notes());
        Columns.setCodes(statement, 11, account.nameGrams());
        Columns.setCodes(statement, 12, account.accountGrams());
        statement.setLong(13, account.version());
        Columns.setInstant(statement, 14, account.createdAt());
        Columns.setInstant(statement, 15, account.updatedAt());
    }
}

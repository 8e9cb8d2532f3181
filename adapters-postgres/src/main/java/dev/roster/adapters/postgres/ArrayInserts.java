package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.mapping.AccountWrite;
import dev.roster.adapters.postgres.mapping.InfluencerWrite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How a bulk registration's rows reach their tables, inside its transaction: the batch as one {@code text[]} parameter
 * per column, unnested and cast by the server, one statement a table. Each insert skips a row whose identity or handle
 * is taken and tells which rows it stored, so that every entry of the batch gets its own result.
 */
final class ArrayInserts {

    private static final String INSERT_PEOPLE = "INSERT INTO influencer "
            + "(id, name, phone, identity_key, name_key, version, created_at, updated_at) "
            + "SELECT p.id::uuid, p.name, p.phone, p.identity_key, p.name_key, 1, p.at::timestamptz, p.at::timestamptz "
            + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
            + "AS p(id, name, phone, identity_key, name_key, at) "
            + "ORDER BY p.identity_key COLLATE \"C\" "
            + "ON CONFLICT (identity_key) DO NOTHING RETURNING id";

    private static final String INSERT_ACCOUNTS = "INSERT INTO platform_account (id, influencer_id, platform, "
            + "handle, handle_key, name_key, profile_url, email, email_key, notes, name_grams, account_grams, version, "
            + "created_at, updated_at) "
            + "SELECT e.id::uuid, e.influencer_id::uuid, e.platform, e.handle, e.handle_key, e.name_key, "
            + "e.profile_url, e.email, e.email_key, e.notes, e.name_grams::integer[], e.account_grams::integer[], 1, "
            + "e.at::timestamptz, e.at::timestamptz "
            + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS e(id, influencer_id, "
            + "platform, handle, handle_key, name_key, profile_url, email, email_key, notes, name_grams, "
            + "account_grams, at, entry) "
            + "ORDER BY e.platform, e.handle_key COLLATE \"C\", e.entry "
            + "ON CONFLICT (platform, handle_key) DO NOTHING RETURNING id";

    /** Inserts the people in identity order, skipping an identity already held; the ids of those inserted. */
    Set<String> people(Connection connection, List<InfluencerWrite> newcomers) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PEOPLE)) {
            bindColumns(
                    connection,
                    insert,
                    newcomers,
                    List.of(
                            InfluencerWrite::id,
                            InfluencerWrite::name,
                            InfluencerWrite::phone,
                            InfluencerWrite::identityKey,
                            InfluencerWrite::nameKey,
                            person -> person.createdAt().toString()));
            return returnedIds(insert);
        }
    }

    /** Inserts the accounts in (platform, handle) order, skipping a handle already taken; the ids of those inserted. */
    Set<String> accounts(Connection connection, List<AccountWrite> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ACCOUNTS)) {
            bindColumns(
                    connection,
                    insert,
                    rows,
                    List.of(
                            AccountWrite::id,
                            AccountWrite::influencerId,
                            AccountWrite::platform,
                            AccountWrite::handle,
                            AccountWrite::handleKey,
                            AccountWrite::nameKey,
                            AccountWrite::profileUrl,
                            AccountWrite::email,
                            AccountWrite::emailKey,
                            AccountWrite::notes,
                            AccountWrite::nameGrams,
                            AccountWrite::accountGrams,
                            row -> row.createdAt().toString()));
            return returnedIds(insert);
        }
    }

    /** Binds one {@code text[]} parameter per column, each holding that column of every row. */
    private static <R> void bindColumns(
            Connection connection, PreparedStatement statement, List<R> rows, List<Function<R, String>> columns)
            throws SQLException {
        for (int column = 0; column < columns.size(); column++) {
            statement.setArray(
                    column + 1,
                    Columns.texts(
                            connection, rows.stream().map(columns.get(column)).toList()));
        }
    }

    /** The ids an {@code INSERT ... RETURNING id} returned. */
    private static Set<String> returnedIds(PreparedStatement insert) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (ResultSet row = insert.executeQuery()) {
            while (row.next()) {
                ids.add(Columns.id(row, "id"));
            }
        }
        return ids;
    }
}

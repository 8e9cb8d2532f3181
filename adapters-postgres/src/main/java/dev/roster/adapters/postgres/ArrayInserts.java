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
 * per column, unnested and cast by the server, one statement a table. A column is cast as a whole array
 * ({@code ?::timestamptz[]}), so each value is parsed once however often the row uses it (the times twice). Each
 * insert skips a row whose identity or handle is taken and tells which rows it stored, so that every entry of the
 * batch gets its own result.
 */
final class ArrayInserts {

    private static final String INSERT_PEOPLE = "INSERT INTO influencer "
            + "(id, name, phone, identity_key, name_key, version, created_at, updated_at) "
            + "SELECT p.id, p.name, p.phone, p.identity_key, p.name_key, 1, p.at, p.at "
            + "FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[]) "
            + "AS p(id, name, phone, identity_key, name_key, at) "
            + "ORDER BY p.identity_key COLLATE \"C\" "
            + "ON CONFLICT (identity_key) DO NOTHING RETURNING id";

    /**
     * The search codes of every row come as two flat binary {@code integer[]} parameters (the first two), each row
     * taking its slice {@code [from:to]} (1-based, empty when {@code from > to}): the codes as decimal text inside a
     * {@code text[]} were most of the batch's bytes, written by the JVM and parsed twice by the server.
     */
    private static final String INSERT_ACCOUNTS = "INSERT INTO platform_account (id, influencer_id, platform, "
            + "handle, handle_key, name_key, profile_url, email, email_key, notes, name_grams, account_grams, version, "
            + "created_at, updated_at) "
            + "SELECT e.id, e.influencer_id, e.platform, e.handle, e.handle_key, e.name_key, "
            + "e.profile_url, e.email, e.email_key, e.notes, (?::integer[])[e.name_from:e.name_to], "
            + "(?::integer[])[e.account_from:e.account_to], 1, e.at, e.at "
            + "FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::timestamptz[], ?::integer[], ?::integer[], ?::integer[], ?::integer[]) WITH ORDINALITY "
            + "AS e(id, influencer_id, platform, handle, handle_key, name_key, profile_url, email, email_key, notes, at, "
            + "name_from, name_to, account_from, account_to, entry) "
            + "ORDER BY e.platform, e.handle_key COLLATE \"C\", e.entry "
            + "ON CONFLICT (platform, handle_key) DO NOTHING RETURNING id";

    /** Inserts the people in identity order, skipping an identity already held; the ids of those inserted. */
    Set<String> people(Connection connection, List<InfluencerWrite> newcomers) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PEOPLE)) {
            bindColumns(
                    insert,
                    0,
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
            CodeSlices names = CodeSlices.of(rows, AccountWrite::nameGrams);
            CodeSlices accounts = CodeSlices.of(rows, AccountWrite::accountGrams);
            Columns.setCodes(insert, 1, names.codes());
            Columns.setCodes(insert, 2, accounts.codes());
            int next = 1
                    + bindColumns(
                            insert,
                            2,
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
                                    row -> row.createdAt().toString()));
            Columns.setCodes(insert, next, names.from());
            Columns.setCodes(insert, next + 1, names.to());
            Columns.setCodes(insert, next + 2, accounts.from());
            Columns.setCodes(insert, next + 3, accounts.to());
            return returnedIds(insert);
        }
    }

    /**
     * Every row's codes end to end, and where each row's are: {@code codes[from[i] - 1 .. to[i] - 1]}, the 1-based
     * bounds of a PostgreSQL array slice.
     */
    record CodeSlices(int[] codes, int[] from, int[] to) {

        static <R> CodeSlices of(List<R> rows, Function<R, int[]> column) {
            int length = 0;
            for (R row : rows) {
                length += column.apply(row).length;
            }
            int[] codes = new int[length];
            int[] from = new int[rows.size()];
            int[] to = new int[rows.size()];
            int end = 0;
            for (int i = 0; i < rows.size(); i++) {
                int[] own = column.apply(rows.get(i));
                System.arraycopy(own, 0, codes, end, own.length);
                from[i] = end + 1;
                end += own.length;
                to[i] = end;
            }
            return new CodeSlices(codes, from, to);
        }
    }

    /**
     * Binds one {@code text[]} parameter per column, each holding that column of every row, after the first
     * {@code before} parameters; the index of the last one bound.
     */
    private static <R> int bindColumns(
            PreparedStatement statement, int before, List<R> rows, List<Function<R, String>> columns)
            throws SQLException {
        for (int column = 0; column < columns.size(); column++) {
            Columns.setTexts(
                    statement,
                    before + column + 1,
                    rows.stream().map(columns.get(column)).toList());
        }
        return before + columns.size();
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

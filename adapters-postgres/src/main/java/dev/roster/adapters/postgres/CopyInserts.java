package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.BinaryCopy;
import dev.roster.adapters.postgres.mapping.AccountWrite;
import dev.roster.adapters.postgres.mapping.InfluencerWrite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * The batch copied in PostgreSQL's binary format into a staging table of the session's own, then moved into its table
 * by one set-based {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING RETURNING id}: the server parses no text, and
 * the target's constraints and per-row results are those of the array path. The staging tables are temporary (no WAL,
 * no indexes, seen by this connection only), made on a connection's first batch and emptied by every commit; a batch
 * that fails rolls its staged rows back with everything else.
 */
final class CopyInserts implements BulkInserts {

    private static final String STAGING = "CREATE TEMP TABLE IF NOT EXISTS roster_staged_person (id uuid, name text, "
            + "phone text, identity_key text, name_key text, at timestamptz) ON COMMIT DELETE ROWS; "
            + "CREATE TEMP TABLE IF NOT EXISTS roster_staged_account (entry integer, id uuid, influencer_id uuid, "
            + "platform text, handle text, handle_key text, name_key text, profile_url text, email text, "
            + "email_key text, notes text, name_grams integer[], account_grams integer[], at timestamptz) "
            + "ON COMMIT DELETE ROWS";

    private static final String COPY_PEOPLE = "COPY pg_temp.roster_staged_person "
            + "(id, name, phone, identity_key, name_key, at) FROM STDIN (FORMAT binary)";

    private static final String INSERT_PEOPLE = "INSERT INTO influencer "
            + "(id, name, phone, identity_key, name_key, version, created_at, updated_at) "
            + "SELECT id, name, phone, identity_key, name_key, 1, at, at FROM pg_temp.roster_staged_person "
            + "ORDER BY identity_key COLLATE \"C\" "
            + "ON CONFLICT (identity_key) DO NOTHING RETURNING id";

    private static final String COPY_ACCOUNTS = "COPY pg_temp.roster_staged_account (entry, id, influencer_id, "
            + "platform, handle, handle_key, name_key, profile_url, email, email_key, notes, name_grams, account_grams, "
            + "at) FROM STDIN (FORMAT binary)";

    private static final String INSERT_ACCOUNTS = "INSERT INTO platform_account (id, influencer_id, platform, "
            + "handle, handle_key, name_key, profile_url, email, email_key, notes, name_grams, account_grams, version, "
            + "created_at, updated_at) "
            + "SELECT id, influencer_id, platform, handle, handle_key, name_key, profile_url, email, email_key, notes, "
            + "name_grams, account_grams, 1, at, at FROM pg_temp.roster_staged_account "
            + "ORDER BY platform, handle_key COLLATE \"C\", entry "
            + "ON CONFLICT (platform, handle_key) DO NOTHING RETURNING id";

    /**
     * {@inheritDoc} Makes the staging tables on the connection's first batch, in the same round trip that empties the
     * people's (the owners' retry may stage people twice in one transaction); a registration stages its people first.
     */
    @Override
    public Set<String> people(Connection connection, List<InfluencerWrite> people) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING + "; DELETE FROM pg_temp.roster_staged_person");
        }
        BinaryCopy rows = new BinaryCopy(6);
        for (InfluencerWrite person : people) {
            rows.row()
                    .uuid(person.id())
                    .text(person.name())
                    .text(person.phone())
                    .text(person.identityKey())
                    .text(person.nameKey())
                    .timestamp(person.createdAt());
        }
        rows.sendTo(connection, COPY_PEOPLE);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PEOPLE)) {
            return BulkInserts.returnedIds(insert);
        }
    }

    /** {@inheritDoc} The accounts' staging table is empty: made with the people's, each transaction fills it once. */
    @Override
    public Set<String> accounts(Connection connection, List<AccountWrite> accounts) throws SQLException {
        BinaryCopy rows = new BinaryCopy(14);
        int entry = 0;
        for (AccountWrite account : accounts) {
            rows.row()
                    .int4(entry++)
                    .uuid(account.id())
                    .uuid(account.influencerId())
                    .text(account.platform())
                    .text(account.handle())
                    .text(account.handleKey())
                    .text(account.nameKey())
                    .text(account.profileUrl())
                    .text(account.email())
                    .text(account.emailKey())
                    .text(account.notes())
                    .ints(codes(account.nameGrams()))
                    .ints(codes(account.accountGrams()))
                    .timestamp(account.createdAt());
        }
        rows.sendTo(connection, COPY_ACCOUNTS);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ACCOUNTS)) {
            return BulkInserts.returnedIds(insert);
        }
    }

    /**
     * The codes of a bigram literal ({@code {1,-2,3}}) as the row carries them for the array path, read back here
     * rather than widening the row type that the single-row statements share.
     */
    static int[] codes(String literal) {
        int count = 0;
        for (int i = 1; i < literal.length() - 1; i++) {
            if (literal.charAt(i) == ',') {
                count++;
            }
        }
        if (literal.length() <= 2) {
            return new int[0];
        }
        int[] codes = new int[count + 1];
        int at = 1;
        for (int i = 0; i < codes.length; i++) {
            int end = literal.indexOf(',', at);
            end = end < 0 ? literal.length() - 1 : end;
            codes[i] = Integer.parseInt(literal, at, end, 10);
            at = end + 1;
        }
        return codes;
    }
}

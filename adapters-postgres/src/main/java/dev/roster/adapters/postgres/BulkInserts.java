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

/**
 * How a bulk registration's rows reach their tables, inside its transaction: each insert skips a row whose identity
 * or handle is taken and tells which rows it stored, so that every entry of the batch gets its own result.
 */
sealed interface BulkInserts permits ArrayInserts, CopyInserts {

    /** Inserts the people in identity order, skipping an identity already held; the ids of those inserted. */
    Set<String> people(Connection connection, List<InfluencerWrite> people) throws SQLException;

    /** Inserts the accounts in (platform, handle) order, skipping a handle already taken; the ids of those inserted. */
    Set<String> accounts(Connection connection, List<AccountWrite> accounts) throws SQLException;

    /** The ids an {@code INSERT ... RETURNING id} returned. */
    static Set<String> returnedIds(PreparedStatement insert) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (ResultSet row = insert.executeQuery()) {
            while (row.next()) {
                ids.add(Columns.id(row, "id"));
            }
        }
        return ids;
    }
}

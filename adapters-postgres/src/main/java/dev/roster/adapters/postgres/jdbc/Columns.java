package dev.roster.adapters.postgres.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

/** How Roster's values travel through JDBC: ids as {@code uuid}, instants as {@code timestamptz}. */
public final class Columns {

    private Columns() {}

    public static void setId(PreparedStatement statement, int index, String id) throws SQLException {
        statement.setObject(index, UUID.fromString(id));
    }

    public static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * Search codes as a binary {@code integer[]} parameter: no decimal text for the JVM to write nor for the server to
     * parse, which was a third of a bulk insert's parameter bytes.
     */
    public static void setCodes(PreparedStatement statement, int index, int[] codes) throws SQLException {
        statement.setObject(index, codes);
    }

    /** The id in a {@code uuid} column, in the canonical lower-case form the domain's ids use. */
    public static String id(ResultSet row, String column) throws SQLException {
        UUID id = row.getObject(column, UUID.class);
        return id == null ? null : id.toString();
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * A {@code text[]} parameter, which the statement casts to what it holds ({@code ?::uuid[]},
     * {@code ?::timestamptz[]}). Bound in binary (as {@code varchar[]}: each element's UTF-8 bytes after its length), not
     * as an array literal that the driver escapes a character at a time and the server parses back: that escaping was
     * a third of a bulk insert's JVM time.
     */
    public static void setTexts(PreparedStatement statement, int index, Collection<String> values) throws SQLException {
        statement.setObject(index, values.toArray(new String[0]));
    }
}

package dev.roster.adapters.postgres.jdbc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, built in memory and sent with one {@code COPY ... FROM STDIN}: no
 * text for the server to parse back into uuids, instants and integer arrays, and no array literal per column.
 */
public final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** PostgreSQL's epoch for {@code timestamptz}, in its binary form: microseconds since 2000-01-01T00:00Z. */
    private static final Instant POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    private static final int INT4_OID = 23;

    private final int columns;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    private final DataOutputStream out = new DataOutputStream(bytes);
    private int rows;

    public BinaryCopy(int columns) {
        this.columns = columns;
        write(() -> {
            out.write(SIGNATURE);
            out.writeInt(0);
            out.writeInt(0);
        });
    }

    /** Starts the next row; its {@code columns} values follow. */
    public BinaryCopy row() {
        rows++;
        write(() -> out.writeShort(columns));
        return this;
    }

    public BinaryCopy uuid(String id) {
        UUID uuid = UUID.fromString(id);
        write(() -> {
            out.writeInt(16);
            out.writeLong(uuid.getMostSignificantBits());
            out.writeLong(uuid.getLeastSignificantBits());
        });
        return this;
    }

    public BinaryCopy text(String text) {
        if (text == null) {
            return nullValue();
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        write(() -> {
            out.writeInt(utf8.length);
            out.write(utf8);
        });
        return this;
    }

    public BinaryCopy int4(int value) {
        write(() -> {
            out.writeInt(4);
            out.writeInt(value);
        });
        return this;
    }

    /** A {@code timestamptz}, rounded to the microsecond the column keeps, as PostgreSQL rounds the text it parses. */
    public BinaryCopy timestamp(Instant instant) {
        long micros = Math.addExact(
                Math.multiplyExact(instant.getEpochSecond() - POSTGRES_EPOCH.getEpochSecond(), 1_000_000L),
                (long) Math.rint(instant.getNano() / 1_000.0));
        write(() -> {
            out.writeInt(8);
            out.writeLong(micros);
        });
        return this;
    }

    /** A one-dimensional {@code integer[]} (an empty one has no dimension, as PostgreSQL writes it). */
    public BinaryCopy ints(int[] values) {
        write(() -> {
            if (values.length == 0) {
                out.writeInt(12);
                out.writeInt(0);
                out.writeInt(0);
                out.writeInt(INT4_OID);
                return;
            }
            out.writeInt(20 + 8 * values.length);
            out.writeInt(1);
            out.writeInt(0);
            out.writeInt(INT4_OID);
            out.writeInt(values.length);
            out.writeInt(1);
            for (int value : values) {
                out.writeInt(4);
                out.writeInt(value);
            }
        });
        return this;
    }

    private BinaryCopy nullValue() {
        write(() -> out.writeInt(-1));
        return this;
    }

    public int rows() {
        return rows;
    }

    /** Sends the rows with {@code copy} ({@code COPY table (columns) FROM STDIN (FORMAT binary)}); the rows copied. */
    public long sendTo(Connection connection, String copy) throws SQLException {
        write(() -> out.writeShort(-1));
        try {
            return connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(copy, new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private void write(Output output) {
        try {
            output.write();
        } catch (IOException impossible) {
            // A ByteArrayOutputStream does not fail.
            throw new UncheckedIOException(impossible);
        }
    }

    @FunctionalInterface
    private interface Output {
        void write() throws IOException;
    }
}

package dev.roster.dynamodb.testserver.table;

import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A partition key value with the hash that places it: a Scan walks partitions in hash order (as DynamoDB's does, in
 * an order unrelated to the values), and a parallel Scan's segments are ranges of that hash.
 */
record PartitionKey(long hash, Value value) implements Comparable<PartitionKey> {

    /** Hashes are unsigned 32-bit numbers. */
    static final long HASH_SPACE = 1L << 32;

    static PartitionKey of(Value value) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(value.type().name().getBytes(StandardCharsets.US_ASCII));
            md5.update(value.toString().getBytes(StandardCharsets.UTF_8));
            byte[] digest = md5.digest();
            long hash = ((digest[0] & 0xFFL) << 24)
                    | ((digest[1] & 0xFFL) << 16)
                    | ((digest[2] & 0xFFL) << 8)
                    | (digest[3] & 0xFFL);
            return new PartitionKey(hash, value);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JDK has MD5", missing);
        }
    }

    /** The first hash of segment {@code segment} of {@code total}. */
    static long segmentStart(int segment, int total) {
        return HASH_SPACE * segment / total;
    }

    @Override
    public int compareTo(PartitionKey other) {
        int byHash = Long.compare(hash, other.hash);
        if (byHash != 0) {
            return byHash;
        }
        // a null value marks the start of a hash range, before every partition with that hash
        if (value == null || other.value == null) {
            return value == null ? (other.value == null ? 0 : -1) : 1;
        }
        return ValueOrder.compare(value, other.value);
    }
}

package dev.roster.dynamodb.testserver.table;

import dev.roster.dynamodb.testserver.value.Bytes;
import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueOrder;
import java.util.Arrays;

/**
 * The sort keys a Query can match, as bounds the partition's sorted map seeks to, so a Query reads only the items in
 * its range (as DynamoDB's does) instead of walking the partition. {@code null} bounds are open.
 */
public record SortRange(Value low, boolean lowInclusive, Value high, boolean highInclusive) {

    public static final SortRange ALL = new SortRange(null, false, null, false);

    /** This range less everything up to {@code start} in the reading direction ({@code start} itself excluded). */
    public SortRange after(Value start, boolean forward) {
        if (forward) {
            return low == null || ValueOrder.compare(start, low) >= 0
                    ? new SortRange(start, false, high, highInclusive)
                    : this;
        }
        return high == null || ValueOrder.compare(start, high) <= 0
                ? new SortRange(low, lowInclusive, start, false)
                : this;
    }

    /**
     * The least key after every key that starts with {@code prefix} (a string or a binary), or {@code null} when there
     * is none: the prefix with its last code point (or byte) raised by one, dropping those already at the maximum.
     */
    public static Value pastPrefix(Value prefix) {
        if (prefix instanceof Value.S s) {
            int[] codePoints = s.value().codePoints().toArray();
            for (int i = codePoints.length - 1; i >= 0; i--) {
                if (codePoints[i] < Character.MAX_CODE_POINT) {
                    int next = codePoints[i] + 1 == Character.MIN_SURROGATE
                            ? Character.MAX_SURROGATE + 1
                            : codePoints[i] + 1;
                    int[] raised = Arrays.copyOf(codePoints, i + 1);
                    raised[i] = next;
                    return new Value.S(new String(raised, 0, raised.length));
                }
            }
            return null;
        }
        byte[] bytes = ((Value.B) prefix).value().toArray();
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] != (byte) 0xFF) {
                byte[] raised = Arrays.copyOf(bytes, i + 1);
                raised[i]++;
                return new Value.B(Bytes.of(raised));
            }
        }
        return null;
    }

    /** Whether no sort key can be in the range. */
    boolean empty() {
        if (low == null || high == null) {
            return false;
        }
        int order = ValueOrder.compare(low, high);
        return order > 0 || order == 0 && !(lowInclusive && highInclusive);
    }
}

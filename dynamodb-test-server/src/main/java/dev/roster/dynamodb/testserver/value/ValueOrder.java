package dev.roster.dynamodb.testserver.value;

import java.util.Comparator;

/**
 * How DynamoDB orders values of one scalar type: numbers by value, strings by their UTF-8 bytes (which is code point
 * order, not Java's UTF-16 order), binaries byte by byte, unsigned.
 */
public final class ValueOrder {

    /** Orders values of one scalar type; values of different types by type first, so a map never mixes them up. */
    public static final Comparator<Value> KEYS = ValueOrder::compare;

    private ValueOrder() {}

    public static int compare(Value left, Value right) {
        if (left.equals(right)) {
            return 0;
        }
        if (left.type() != right.type()) {
            return left.type().compareTo(right.type());
        }
        if (left instanceof Value.S s) {
            return compareCodePoints(s.value(), ((Value.S) right).value());
        }
        if (left instanceof Value.N n) {
            return n.value().compareTo(((Value.N) right).value());
        }
        if (left instanceof Value.B b) {
            return b.value().compareTo(((Value.B) right).value());
        }
        throw new IllegalArgumentException("values of type " + left.type() + " have no order");
    }

    static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}

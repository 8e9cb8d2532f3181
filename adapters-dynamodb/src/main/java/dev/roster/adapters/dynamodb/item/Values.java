package dev.roster.adapters.dynamodb.item;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Attribute values to and from Java values; instants are whole epoch nanoseconds, so they sort and compare as numbers. */
public final class Values {

    private static final long NANOS = 1_000_000_000L;

    private Values() {}

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    public static AttributeValue instant(Instant value) {
        return n(nanos(value));
    }

    public static long nanos(Instant value) {
        return Math.addExact(Math.multiplyExact(value.getEpochSecond(), NANOS), value.getNano());
    }

    /** Puts {@code value} under {@code name} unless it is {@code null}: DynamoDB has no empty strings to store. */
    public static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    public static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    public static long number(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    public static boolean flag(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value != null && Boolean.TRUE.equals(value.bool());
    }

    /** A counter's value; 0 when the item has none. */
    public static long count(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    public static Instant instant(Map<String, AttributeValue> item, String name) {
        return instantOf(number(item, name));
    }

    public static Instant instantOf(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }
}

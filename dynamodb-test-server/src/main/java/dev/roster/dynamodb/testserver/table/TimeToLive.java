package dev.roster.dynamodb.testserver.table;

import java.time.Instant;

/**
 * A table's Time to Live setting: the attribute holding each item's expiry (epoch seconds), whether it is on, and when
 * it last changed (DynamoDB refuses another change within an hour).
 */
public record TimeToLive(String attributeName, boolean enabled, Instant changedAt) {

    public static final TimeToLive DISABLED = new TimeToLive(null, false, null);
}

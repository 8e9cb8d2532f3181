package dev.roster.adapters.dynamodb.item;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.platform.MetricName;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The items of the {@code metrics} table, and a reading as a map attribute (metric name to count). */
public final class MetricItems {

    public static final String ACCOUNT = "account";
    public static final String AT = "at";
    public static final String VALUES = "values";
    public static final String EXPIRES = "expiresAt";

    private MetricItems() {}

    public static Map<String, AttributeValue> key(AccountId account, Instant at) {
        return Map.of(ACCOUNT, Values.s(account.value()), AT, Values.instant(at));
    }

    /** The snapshot's item; with a retention, DynamoDB's TTL deletes it that long after it was taken. */
    public static Map<String, AttributeValue> snapshot(MetricSnapshot snapshot, Duration retention) {
        Map<String, AttributeValue> item =
                new HashMap<>(key(snapshot.accountId(), snapshot.reading().collectedAt()));
        item.put(VALUES, values(snapshot.reading()));
        if (retention != null) {
            item.put(
                    EXPIRES,
                    Values.n(snapshot.reading().collectedAt().plus(retention).getEpochSecond()));
        }
        return item;
    }

    public static MetricSnapshot snapshot(Map<String, AttributeValue> item) {
        return new MetricSnapshot(
                AccountId.parse(Values.string(item, ACCOUNT)).orElseThrow(),
                reading(Values.instant(item, AT), item.get(VALUES)));
    }

    public static AttributeValue values(MetricReading reading) {
        Map<String, AttributeValue> values = new HashMap<>();
        reading.values().forEach((name, value) -> values.put(name.value(), Values.n(value)));
        return AttributeValue.fromM(values);
    }

    public static MetricReading reading(Instant at, AttributeValue values) {
        TreeMap<MetricName, Long> byName = new TreeMap<>();
        values.m().forEach((name, value) -> byName.put(MetricName.of(name), Long.parseLong(value.n())));
        return new MetricReading(at, byName);
    }
}

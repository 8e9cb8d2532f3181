package dev.roster.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.dynamodb.schema.StoreSchema;
import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.platform.MetricName;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** The metric retention option: snapshots carry an expiry DynamoDB's TTL acts on, and only when it is configured. */
class DynamoMetricRetentionTest {

    private static final Instant TAKEN = Instant.parse("2026-03-02T09:00:00Z");

    private final LocalDynamo local = LocalDynamo.shared();

    @Test
    void withARetentionEachSnapshotExpiresThatLongAfterItWasTaken() {
        local.emptyStorage();
        DynamoStorage storage = DynamoStorage.create(
                local.client(), DynamoSettings.defaults(local.prefix()).withMetricRetention(Duration.ofDays(400)));

        AccountId account = recordOne(storage, "kept400");

        assertThat(expiry(account)).isEqualTo(TAKEN.plus(Duration.ofDays(400)).getEpochSecond());
        assertThat(storage.metricHistory().newestFirst(account, 5)).hasSize(1);
        assertThat(local.client()
                        .describeTimeToLive(request -> request.tableName(StoreSchema.METRICS.nameWith(local.prefix())))
                        .timeToLiveDescription()
                        .timeToLiveStatus())
                .isEqualTo(TimeToLiveStatus.ENABLED);
    }

    @Test
    void withoutOneSnapshotsAreKept() {
        AccountId account = recordOne(local.emptyStorage(), "kept");

        assertThat(expiry(account)).isNull();
    }

    private static AccountId recordOne(DynamoStorage storage, String handle) {
        AccountId account = Roster.builder()
                .storage(storage)
                .build()
                .accounts()
                .register(new RegisterAccountCommand("a", "Retained", "010-4000-0001", handle, null, null, null))
                .account()
                .id();
        storage.metricHistory()
                .record(new MetricSnapshot(account, MetricReading.of(TAKEN, Map.of(MetricName.FOLLOWERS, 10L))));
        return account;
    }

    private Long expiry(AccountId account) {
        Map<String, AttributeValue> item = local.client()
                .getItem(request -> request.tableName(StoreSchema.METRICS.nameWith(local.prefix()))
                        .key(Map.of(
                                "account",
                                AttributeValue.fromS(account.value()),
                                "at",
                                AttributeValue.fromN(Long.toString(TAKEN.getEpochSecond() * 1_000_000_000L)))))
                .item();
        AttributeValue expires = item.get("expiresAt");
        return expires == null ? null : Long.parseLong(expires.n());
    }
}

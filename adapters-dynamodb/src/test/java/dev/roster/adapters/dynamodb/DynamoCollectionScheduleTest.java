package dev.roster.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.dynamodb.schema.StoreSchema;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.StorageContract;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.MetricName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The collection schedule's own table: every registration path puts an account in it, every delete takes it out
 * (claimed, attempted and failed accounts included), so no entry dangles.
 */
class DynamoCollectionScheduleTest extends StorageContract {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private final LocalDynamo local = LocalDynamo.shared();

    @Override
    protected RosterStorage emptyStorage() {
        return local.emptyStorage();
    }

    @Test
    void bulkRegisteredAccountsAreScheduledAndDue() {
        List<NewAccount> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            batch.add(new NewAccount(
                    AccountId.next(MONDAY),
                    InfluencerId.next(MONDAY),
                    new PersonIdentity(
                            PersonName.of("Bulk" + (char) ('a' + i % 4)),
                            PhoneNumber.ofE164("+821010000" + (100 + i % 4))),
                    A,
                    new AccountDetails(Handle.of("bulk" + i), null, null, null),
                    MONDAY));
        }
        storage.influencers().registerAll(batch);

        assertThat(entries()).hasSize(12);
        assertThat(storage.metricHistory().claimDue(A, MONDAY, MONDAY, Duration.ZERO, 100))
                .extracting(PlatformAccount::id)
                .containsExactlyInAnyOrderElementsOf(
                        batch.stream().map(NewAccount::id).toList());
    }

    @Test
    void deletingAccountsAndPeopleLeavesNoEntryWhateverStateTheyWereIn() {
        AccountId claimed =
                register("a", "Del", "010-2000-0001", "del1").account().id();
        AccountId collected =
                register("b", "Del", "010-2000-0001", "del2").account().id();
        AccountId failed =
                register("a", "Dem", "010-2000-0002", "dem").account().id();
        AccountId alone = register("b", "Den", "010-2000-0003", "den").account().id();
        AccountId kept = register("b", "Deo", "010-2000-0004", "deo").account().id();
        storage.metricHistory()
                .record(new MetricSnapshot(collected, MetricReading.of(MONDAY, Map.of(MetricName.FOLLOWERS, 10L))));
        storage.metricHistory()
                .recordFailure(new CollectionFailure(failed, CollectionFailure.Status.PRIVATE, "closed", MONDAY));
        assertThat(storage.metricHistory().claimDue(A, MONDAY, MONDAY, Duration.ofHours(1), 1))
                .extracting(PlatformAccount::id)
                .containsExactly(claimed);

        storage.influencers()
                .delete(storage.influencers().findAccount(claimed).orElseThrow().influencerId());
        storage.influencers().deleteAccount(failed);
        storage.influencers().deleteAccount(alone);

        assertThat(entries()).extracting(entry -> entry.get("account").s()).containsExactly(kept.value());
        assertThat(storage.metricHistory().lastFailure(failed)).isEmpty();
        assertThat(storage.metricHistory().claimDue(B, MONDAY.plusSeconds(1), MONDAY, Duration.ZERO, 10))
                .extracting(PlatformAccount::id)
                .containsExactly(kept);
    }

    @Test
    void anAttemptMovesTheAccountBehindTheOthersAndKeepsItsVersion() {
        AccountId first = register("a", "Mo", "010-2000-0010", "mo1").account().id();
        AccountId second = register("a", "Mo", "010-2000-0010", "mo2").account().id();
        long version = storage.influencers().findAccount(first).orElseThrow().version();

        storage.metricHistory()
                .recordFailure(new CollectionFailure(first, CollectionFailure.Status.TRANSIENT, "time-out", MONDAY));

        assertThat(storage.metricHistory().claimDue(A, MONDAY.plusSeconds(1), MONDAY, Duration.ZERO, 10))
                .extracting(PlatformAccount::id)
                .containsExactly(second, first);
        assertThat(storage.metricHistory().claimDue(A, MONDAY, MONDAY, Duration.ZERO, 10))
                .extracting(PlatformAccount::id)
                .containsExactly(second);
        assertThat(storage.influencers().findAccount(first).orElseThrow().version())
                .isEqualTo(version);
        assertThat(entries()).hasSize(2);
    }

    /** Every entry of the schedule table (a Scan: only tests look at the whole table). */
    private List<Map<String, AttributeValue>> entries() {
        String table = StoreSchema.COLLECTION.nameWith(local.prefix());
        return local.client().scanPaginator(request -> request.tableName(table).consistentRead(true)).items().stream()
                .toList();
    }
}

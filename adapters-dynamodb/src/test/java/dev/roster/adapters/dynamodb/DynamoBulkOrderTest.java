package dev.roster.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.error.ConflictException;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.ManualClock;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bulk registration on eight writers resolves entries that share a handle or a person in batch order, and keeps
 * account ids unique although the pointer of an id nobody held goes by BatchWriteItem without a condition.
 */
class DynamoBulkOrderTest {

    private static final PlatformCode A = PlatformCode.of("a");

    private final ManualClock clock = ManualClock.startingNow();
    private final RosterStorage storage = LocalDynamo.shared().emptyStorage();

    @Test
    void entriesSharingAHandleOrAPersonResolveInBatchOrderAmongConcurrentWriters() {
        // 40 independent pairs spread over the batch, so the eight writers run many groups at once: in each pair the
        // earlier entry wins the handle, and every account of one person lands on the one person.
        List<NewAccount> batch = new ArrayList<>();
        for (int pair = 0; pair < 40; pair++) {
            batch.add(entry("Person " + pair, phone(pair), "shared" + pair));
        }
        for (int pair = 0; pair < 40; pair++) {
            batch.add(entry("Other " + pair, phone(100 + pair), "SHARED" + pair));
            batch.add(entry("Person " + pair, phone(pair), "own" + pair));
        }

        List<RegistrationResult> results = storage.influencers().registerAll(batch);

        for (int pair = 0; pair < 40; pair++) {
            PlatformAccount first = registered(results.get(pair));
            assertThat(first.handle().value()).isEqualTo("shared" + pair);
            assertThat(results.get(40 + 2 * pair))
                    .isInstanceOfSatisfying(
                            RegistrationResult.Refused.class,
                            refused -> assertThat(refused.conflict().reason())
                                    .isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE));
            PlatformAccount own = registered(results.get(41 + 2 * pair));
            assertThat(own.influencerId()).isEqualTo(first.influencerId());
            assertThat(storage.influencers().findAccount(own.id())).contains(own);
        }
    }

    @Test
    void anAccountIdGivenTwiceInABatchIsRegisteredOnceForTheEarlierEntry() {
        NewAccount earlier = entry("Kim", phone(1), "kim");
        NewAccount later = withId(entry("Lee", phone(2), "lee"), earlier.id());

        List<RegistrationResult> results = storage.influencers().registerAll(List.of(earlier, later));

        PlatformAccount stored = registered(results.get(0));
        assertThat(results.get(1))
                .isInstanceOfSatisfying(
                        RegistrationResult.Refused.class,
                        refused -> assertThat(refused.conflict().reason())
                                .isEqualTo(ConflictException.Reason.DUPLICATE_ID));
        assertThat(storage.influencers().findAccount(earlier.id())).contains(stored);
        assertThat(storage.influencers().findByIdentity(later.identity())).isEmpty();
    }

    @Test
    void anAccountIdAlreadyStoredIsRefusedAndTheStoredAccountIsUntouched() {
        NewAccount first = entry("Kim", phone(1), "kim");
        PlatformAccount stored =
                registered(storage.influencers().registerAll(List.of(first)).get(0));

        List<RegistrationResult> again = storage.influencers()
                .registerAll(List.of(
                        withId(entry("Lee", phone(2), "lee"), first.id()),
                        withId(entry("Kim", phone(1), "kim.b"), first.id())));

        assertThat(again)
                .allSatisfy(result -> assertThat(result)
                        .isInstanceOfSatisfying(
                                RegistrationResult.Refused.class,
                                refused -> assertThat(refused.conflict().reason())
                                        .isIn(
                                                ConflictException.Reason.DUPLICATE_ID,
                                                ConflictException.Reason.DUPLICATE_HANDLE)));
        assertThat(storage.influencers().findAccount(first.id())).contains(stored);
        assertThat(storage.influencers().findByIdentity(new PersonIdentity(PersonName.of("Lee"), phone(2))))
                .isEmpty();
    }

    private NewAccount entry(String name, PhoneNumber phone, String handle) {
        Instant now = clock.instant();
        return new NewAccount(
                AccountId.next(now),
                InfluencerId.next(now),
                new PersonIdentity(PersonName.of(name), phone),
                A,
                new AccountDetails(Handle.of(handle), null, null, null),
                now);
    }

    private static NewAccount withId(NewAccount entry, AccountId id) {
        return new NewAccount(
                id, entry.newInfluencerId(), entry.identity(), entry.platform(), entry.details(), entry.at());
    }

    private static PhoneNumber phone(int n) {
        return PhoneNumber.ofE164("+8210" + (20_000_000 + n));
    }

    private static PlatformAccount registered(RegistrationResult result) {
        assertThat(result).isInstanceOf(RegistrationResult.Registered.class);
        return ((RegistrationResult.Registered) result).account();
    }
}

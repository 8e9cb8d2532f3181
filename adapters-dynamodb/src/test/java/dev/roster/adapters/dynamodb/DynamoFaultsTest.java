package dev.roster.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import dev.roster.dynamodb.testserver.Fault;
import dev.roster.dynamodb.testserver.Faults;
import dev.roster.dynamodb.testserver.operation.Operation;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What callers see when DynamoDB refuses or fails them, and that a failure never leaves half a change behind. */
class DynamoFaultsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final PlatformCode A = PlatformCode.of("a");

    private final LocalDynamo local = LocalDynamo.shared();
    private DynamoStorage storage;

    @BeforeEach
    void emptyStore() {
        storage = local.emptyStorage();
    }

    @Test
    void aCancelledTransactionIsAConflictThatNamesTheGuardThatFailed() {
        Influencer kim = person("Kim Minji", "+821012345678");
        storage.influencers().create(kim, account(kim, "minji"));
        Influencer other = person("Lee Jiwoo", "+821099998888");

        assertThatThrownBy(() -> storage.influencers().create(other, account(other, "MINJI")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE))
                .hasMessageContaining("handle MINJI")
                .hasMessageContaining("platform a");
        Influencer twin = person("KIM MINJI", "+821012345678");
        assertThatThrownBy(() -> storage.influencers().create(twin, account(twin, "minji.twin")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_PERSON))
                .hasMessageContaining("KIM MINJI")
                .hasMessageContaining("+821012345678");

        assertThat(storage.influencers().find(other.id())).isEmpty();
        assertThat(storage.influencers().find(twin.id())).isEmpty();
        assertThat(storage.influencers().findByIdentity(other.identity())).isEmpty();
    }

    @Test
    void throttledRequestsAreRetriedWithBackoffAndApplyOnce() {
        Faults faults = local.faults();
        int before = faults.injected();
        Roster roster = Roster.builder()
                .storage(DynamoStorage.create(local.client(), settings()))
                .build();

        faults.failNext(2, Fault.THROTTLING);
        AccountView registered = roster.accounts()
                .register(new RegisterAccountCommand(
                        "a", "Throttled Person", "010-3000-0001", "throttled", null, null, null));

        assertThat(faults.injected() - before).isEqualTo(2);
        assertThat(storage.accountSearch().view(registered.account().id())).isPresent();
        assertThat(storage.influencers().findByIdentity(registered.influencer().identity()))
                .contains(registered.influencer());
    }

    @Test
    void aTransactionCancelledByAConflictIsRunAgainAndAppliesOnce() {
        Faults faults = local.faults();
        int before = faults.injected();
        Roster roster = Roster.builder()
                .storage(DynamoStorage.create(local.client(), settings()))
                .build();

        faults.failNext(Operation.TransactWriteItems, 2, Fault.TRANSACTION_CONFLICT);
        AccountView registered = roster.accounts()
                .register(new RegisterAccountCommand(
                        "a", "Conflicted Person", "010-3000-0003", "conflicted", null, null, null));

        assertThat(faults.injected() - before).isEqualTo(2);
        assertThat(storage.influencers().findByIdentity(registered.influencer().identity()))
                .contains(registered.influencer());
        assertThat(storage.accountSearch().view(registered.account().id())).isPresent();
    }

    @Test
    void aDynamoThatKeepsFailingIsUnavailableAndNothingIsStored() {
        Faults faults = local.faults();
        int before = faults.injected();
        DynamoStorage failing = DynamoStorage.create(local.client(), settings());
        Influencer person = person("Never Stored", "+821030000002");

        faults.failNext(DynamoClients.MAX_ATTEMPTS, Fault.INTERNAL_SERVER_ERROR);
        assertThatThrownBy(() -> failing.influencers().create(person, account(person, "never")))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("DynamoDB did not answer");

        assertThat(faults.injected() - before).isEqualTo(DynamoClients.MAX_ATTEMPTS);
        assertThat(storage.influencers().find(person.id())).isEmpty();
        assertThat(failing.influencers().find(person.id()))
                .as("the next request works")
                .isEmpty();
    }

    @Test
    void tablesThatWereNeverCreatedAreReportedAsSuch() {
        DynamoStorage nowhere = DynamoStorage.create(local.client(), DynamoSettings.defaults("never-created-"));

        assertThatThrownBy(() -> nowhere.influencers().findAccount(AccountId.next(NOW)))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("roster migrate");
    }

    @Test
    void creatingTheTablesAgainCreatesNothing() {
        String prefix = local.freshTables();

        assertThat(MissingTables.create(local.client(), prefix)).isEmpty();
    }

    private DynamoSettings settings() {
        return DynamoSettings.defaults(local.prefix());
    }

    private static Influencer person(String name, String e164) {
        return Influencer.register(
                InfluencerId.next(NOW), new PersonIdentity(PersonName.of(name), PhoneNumber.ofE164(e164)), NOW);
    }

    private static PlatformAccount account(Influencer owner, String handle) {
        return PlatformAccount.register(
                AccountId.next(NOW), owner.id(), A, new AccountDetails(Handle.of(handle), null, null, null), NOW);
    }
}

package dev.roster.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.adapters.dynamodb.BulkRegistration.Steps.Phase;
import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.account.Registration;
import dev.roster.application.error.ConflictException;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.testkit.ManualClock;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bulk registration killed at each step of its write order (after some entries' guards, after part of the schedule
 * and change entries, after half the account items) leaves no account a reader shows half-written, and the import run
 * again once the orphaned guards' lease has run out ends with exactly the accounts of one uninterrupted run. A single
 * registration of an orphaned handle is refused within the lease and succeeds after it.
 */
class DynamoBulkCrashTest {

    private static final List<String> PLATFORMS = List.of("a", "b");

    /**
     * On one writer, and on eight: there the kill strikes one writer while others are claiming guards for other entries
     * (they finish the group they are on, as a process's other threads would run on for a moment), and what is left is
     * still never half an account, and the run again still ends as one uninterrupted run on one writer.
     */
    @ParameterizedTest(name = "killed at {0} #{1} on {2} writers")
    @CsvSource({
        "GUARDED, 1, 1",
        "GUARDED, 12, 1",
        "GUARDED, 32, 1",
        "PREPARED, 1, 1",
        "PREPARED, 2, 1",
        "COMMITTED, 1, 1",
        "COMMITTED, 2, 1",
        "COMMITTED, 3, 1",
        "ANNOUNCED, 1, 1",
        "GUARDED, 1, 8",
        "GUARDED, 12, 8",
        "PREPARED, 1, 8",
        "COMMITTED, 1, 8",
        "ANNOUNCED, 1, 8",
    })
    void anImportKilledAtAnyStepThenRunAgainAfterTheLeaseEndsAsOneUninterruptedRun(Phase phase, int done, int writers) {
        assertThat(killedThenRunAgainEndsAsOnce(DynamoBulkCrashTest::batch, phase, done, writers))
                .as("killed")
                .isTrue();
    }

    /**
     * Registers {@code batch} on an empty store once whole, then again killed where {@code phase} reaches {@code done};
     * checks every account shown is whole, runs the batch again after the lease on a store started afresh, and checks
     * it ends as the whole run did ({@code writers} at once in the killed run). Whether the kill struck (a point past
     * the batch's end never does).
     */
    static boolean killedThenRunAgainEndsAsOnce(
            Function<Roster, List<Registration>> batch, Phase phase, int done, int writers) {
        Map<String, List<String>> once = signature(uninterrupted(batch));

        ManualClock clock = ManualClock.startingNow();
        RosterStorage killed = LocalDynamo.shared().emptyStorage(clock, crashAt(phase, done), writers);
        Roster first = roster(killed, clock);
        first.accounts().register(command("a", "Kim Minji", "010-1234-5678", "minji"));
        boolean struck;
        try {
            first.accounts().registerAll(batch.apply(first));
            struck = false;
        } catch (Crashed expected) {
            struck = true;
        }

        RosterStorage storage = LocalDynamo.shared().storage(clock, BulkRegistration.Steps.NONE);
        Roster roster = roster(storage, clock);
        assertWhole(storage, clock);

        clock.advance(Guards.LEASE.plusSeconds(1));
        for (RegistrationResult result : roster.accounts().registerAll(batch.apply(roster))) {
            if (result instanceof RegistrationResult.Refused refused) {
                assertThat(refused.conflict().reason()).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE);
            }
        }
        assertWhole(storage, clock);
        assertThat(signature(storage)).isEqualTo(once);
        return struck;
    }

    @Test
    void aHandleWhoseGuardWasOrphanedIsRefusedWithinTheLeaseAndRegisteredAfterIt() {
        ManualClock clock = ManualClock.startingNow();
        RosterStorage storage = LocalDynamo.shared().emptyStorage(clock, crashAt(Phase.PREPARED, 1));
        Roster killed = roster(storage, clock);
        Registration orphan = killed.accounts().validate(command("a", "Lee Jiwoo", "010-2222-3333", "jiwoo"));
        assertThatThrownBy(() -> killed.accounts().registerAll(List.of(orphan))).isInstanceOf(Crashed.class);
        storage = LocalDynamo.shared().storage(clock, BulkRegistration.Steps.NONE);
        Roster roster = roster(storage, clock);
        assertThat(all(storage, "a")).isEmpty();

        RegisterAccountCommand someoneElse = command("a", "Park Sora", "010-4444-5555", "JIWOO");
        clock.advance(Guards.LEASE.minusSeconds(1));
        assertThatThrownBy(() -> roster.accounts().register(someoneElse))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE));

        clock.advance(Duration.ofSeconds(2));
        AccountView registered = roster.accounts().register(someoneElse);
        assertThat(registered.account().handle().value()).isEqualTo("JIWOO");
        assertThat(storage.influencers().findAccount(registered.account().id())).contains(registered.account());
        assertThatThrownBy(() -> roster.accounts().register(command("a", "Lee Jiwoo", "010-2222-3333", "jiwoo")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE));
    }

    @Test
    void anAccountMayTakeAnOrphanedHandleAfterTheLease() {
        ManualClock clock = ManualClock.startingNow();
        RosterStorage storage = LocalDynamo.shared().emptyStorage(clock, crashAt(Phase.GUARDED, 1));
        Roster killed = roster(storage, clock);
        PlatformAccount kept = killed.accounts()
                .register(command("a", "Park Sora", "010-4444-5555", "sora"))
                .account();
        Registration orphan = killed.accounts().validate(command("a", "Lee Jiwoo", "010-2222-3333", "jiwoo"));
        assertThatThrownBy(() -> killed.accounts().registerAll(List.of(orphan))).isInstanceOf(Crashed.class);
        storage = LocalDynamo.shared().storage(clock, BulkRegistration.Steps.NONE);
        PlatformAccount renamed =
                kept.withDetails(new AccountDetails(Handle.of("Jiwoo"), null, null, null), clock.instant());

        RosterStorage restarted = storage;
        assertThatThrownBy(() -> restarted.influencers().updateAccount(renamed))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE));
        clock.advance(Guards.LEASE.plusSeconds(1));
        assertThat(storage.influencers().updateAccount(renamed).handle()).isEqualTo(Handle.of("Jiwoo"));
        assertThat(storage.influencers().findAccount(kept.id()).orElseThrow().handle())
                .isEqualTo(Handle.of("Jiwoo"));
    }

    @Test
    void anAccountForAStoredPersonRemovedBeforeItsItemIsWrittenGoesToThemAfresh() {
        ManualClock clock = ManualClock.startingNow();
        AtomicReference<Runnable> meanwhile = new AtomicReference<>(() -> {});
        RosterStorage storage = LocalDynamo.shared().emptyStorage(clock, (phase, done) -> {
            if (phase == Phase.PREPARED) {
                meanwhile.getAndSet(() -> {}).run();
            }
        });
        Roster roster = roster(storage, clock);
        AccountView stored = roster.accounts().register(command("a", "Kim Minji", "010-1234-5678", "minji"));
        meanwhile.set(() -> assertThat(
                        storage.influencers().delete(stored.influencer().id()))
                .isTrue());

        List<RegistrationResult> results = roster.accounts()
                .registerAll(
                        List.of(roster.accounts().validate(command("b", "Kim Minji", "010-1234-5678", "minji.b"))));

        assertThat(results.get(0)).isInstanceOf(RegistrationResult.Registered.class);
        PlatformAccount account = ((RegistrationResult.Registered) results.get(0)).account();
        assertThat(account.influencerId()).isNotEqualTo(stored.influencer().id());
        assertThat(storage.influencers().find(stored.influencer().id())).isEmpty();
        assertThat(storage.influencers().findAccount(account.id())).contains(account);
        assertThat(roster.accounts().influencer(account.influencerId().value()).accounts())
                .containsExactly(account);
        assertWhole(storage, clock);
    }

    @Test
    void aGuardWhoseAccountWasWrittenIsNeverTakenOver() {
        ManualClock clock = ManualClock.startingNow();
        RosterStorage storage = LocalDynamo.shared().emptyStorage(clock, BulkRegistration.Steps.NONE);
        Roster roster = roster(storage, clock);
        roster.accounts().registerAll(List.of(roster.accounts().validate(command("a", "Lee", "010-2222-3333", "h1"))));

        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> roster.accounts().register(command("a", "Park", "010-4444-5555", "H1")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE));
        List<RegistrationResult> again = roster.accounts()
                .registerAll(List.of(roster.accounts().validate(command("a", "Park", "010-4444-5555", "h1"))));
        assertThat(again.get(0)).isInstanceOf(RegistrationResult.Refused.class);
    }

    /** The store after the batch ran once, whole. */
    private static RosterStorage uninterrupted(Function<Roster, List<Registration>> batch) {
        ManualClock clock = ManualClock.startingNow();
        RosterStorage storage = LocalDynamo.shared().emptyStorage(clock, BulkRegistration.Steps.NONE);
        Roster roster = roster(storage, clock);
        roster.accounts().register(command("a", "Kim Minji", "010-1234-5678", "minji"));
        roster.accounts().registerAll(batch.apply(roster));
        return storage;
    }

    /**
     * 32 entries as a file brings them: ten people with accounts on both platforms, one person already stored, a
     * handle twice, a handle already taken.
     */
    private static List<Registration> batch(Roster roster) {
        List<RegisterAccountCommand> commands = new ArrayList<>();
        for (int person = 0; person < 10; person++) {
            String name = "Person " + person;
            String phone = "010-7000-" + (1000 + person);
            commands.add(command("a", name, phone, "p" + person));
            commands.add(command("b", name, phone, "p" + person + ".b"));
            commands.add(command("a", name, phone, "p" + person + ".second"));
        }
        commands.set(7, command("a", "Person 2", "010-7000-1002", "p1"));
        commands.add(command("b", "KIM MINJI", "+82 10 1234 5678", "minji.b"));
        commands.add(command("a", "Someone", "010-9000-0001", "MINJI"));
        return commands.stream().map(roster.accounts()::validate).toList();
    }

    /** Every account a search shows is found by its id and is in the collection schedule, and nothing else is due. */
    private static void assertWhole(RosterStorage storage, ManualClock clock) {
        for (String platform : PLATFORMS) {
            List<AccountView> shown = all(storage, platform);
            for (AccountView view : shown) {
                assertThat(storage.influencers().findAccount(view.account().id()))
                        .contains(view.account());
            }
            Set<String> due = storage
                    .metricHistory()
                    .due(PlatformCode.of(platform), clock.instant().plusSeconds(1), clock.instant(), 1_000)
                    .stream()
                    .map(account -> account.id().value())
                    .collect(Collectors.toSet());
            assertThat(due)
                    .as("due on " + platform)
                    .isEqualTo(shown.stream()
                            .map(view -> view.account().id().value())
                            .collect(Collectors.toSet()));
        }
    }

    /** Per platform, each account shown as name|phone|handle, and each person once per name and phone. */
    private static Map<String, List<String>> signature(RosterStorage storage) {
        Map<String, List<String>> accounts = new TreeMap<>();
        for (String platform : PLATFORMS) {
            List<AccountView> shown = all(storage, platform);
            accounts.put(
                    platform,
                    shown.stream()
                            .map(view -> view.influencer().name() + "|"
                                    + view.influencer().phone() + "|"
                                    + view.account().handle().value())
                            .sorted()
                            .toList());
            Map<String, Set<String>> people = shown.stream()
                    .collect(Collectors.groupingBy(
                            view -> view.influencer().phone().e164(),
                            Collectors.mapping(view -> view.influencer().id().value(), Collectors.toSet())));
            assertThat(people.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        }
        return accounts;
    }

    private static List<AccountView> all(RosterStorage storage, String platform) {
        try (Stream<AccountView> all = storage.accountSearch()
                .all(new AccountQuery(
                        PlatformCode.of(platform),
                        null,
                        null,
                        null,
                        AccountOrder.NEWEST_FIRST,
                        AccountQuery.MAX_LIMIT,
                        null))) {
            return all.toList();
        }
    }

    private static Roster roster(RosterStorage storage, ManualClock clock) {
        return Roster.builder().storage(storage).clock(clock).build();
    }

    static RegisterAccountCommand command(String platform, String name, String phone, String handle) {
        return new RegisterAccountCommand(platform, name, phone, handle, null, null, null);
    }

    private static BulkRegistration.Steps crashAt(Phase phase, int done) {
        return (reached, count) -> {
            if (reached == phase && count == done) {
                throw new Crashed();
            }
        };
    }

    /** What a killed process's store throws: an Error, so nothing takes it for a refusal. */
    private static final class Crashed extends Error {
        Crashed() {
            super("killed", null, false, false);
        }
    }
}

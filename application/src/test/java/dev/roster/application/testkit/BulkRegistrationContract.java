package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.account.Registration;
import dev.roster.application.error.ConflictException;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.PlatformAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.roster.application.port.Influencers#registerAll}: many accounts, each on its own. */
public abstract class BulkRegistrationContract extends StorageContract {

    @Test
    void storesEachEntryForTheRightPersonAndRefusesOnlyTakenHandles() {
        AccountView known = register("a", "Kim Minji", "010-1234-5678", "minji");

        List<RegistrationResult> results = roster.accounts()
                .registerAll(List.of(
                        registration("a", "KIM MINJI", "+82 10 1234 5678", "minji.sub"),
                        registration("a", "Lee Jiwoo", "010-2222-3333", "jiwoo"),
                        registration("b", "Lee Jiwoo", "010-2222-3333", "jiwoo.b"),
                        registration("a", "Park", "010-4444-5555", "MINJI"),
                        registration("a", "Choi", "010-6666-7777", "Jiwoo"),
                        registration("b", "Choi", "010-6666-7777", "choi")));

        assertThat(results).hasSize(6);
        PlatformAccount attached = registered(results.get(0));
        assertThat(attached.influencerId()).isEqualTo(known.influencer().id());
        PlatformAccount newPerson = registered(results.get(1));
        assertThat(registered(results.get(2)).influencerId()).isEqualTo(newPerson.influencerId());
        assertThat(refusal(results.get(3))).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE);
        assertThat(refusal(results.get(4))).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE);
        PlatformAccount choi = registered(results.get(5));

        assertThat(storage.influencers().findAccount(attached.id())).contains(attached);
        assertThat(roster.accounts()
                        .influencer(newPerson.influencerId().value())
                        .accounts())
                .extracting(account -> account.handle().value())
                .containsExactly("jiwoo", "jiwoo.b");
        assertThat(roster.accounts().influencer(choi.influencerId().value()).accounts())
                .extracting(account -> account.handle().value())
                .containsExactly("choi");
        assertThat(roster.accounts()
                        .search(new dev.roster.application.account.SearchAccountsCommand(
                                "a", "park", null, null, null, null, null))
                        .items())
                .isEmpty();
    }

    @Test
    void concurrentBatchesForTheSamePeopleShareTheirInfluencers() throws Exception {
        int batches = 6;
        List<Callable<List<RegistrationResult>>> work = IntStream.range(0, batches)
                .mapToObj(b -> (Callable<List<RegistrationResult>>) () -> roster.accounts()
                        .registerAll(IntStream.range(0, 10)
                                .mapToObj(i ->
                                        registration("a", "Person " + i, "010-7000-" + (1000 + i), "p" + i + "_" + b))
                                .toList()))
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(batches);
        List<PlatformAccount> stored = new ArrayList<>();
        try {
            for (Future<List<RegistrationResult>> batch : pool.invokeAll(work)) {
                batch.get().forEach(result -> stored.add(registered(result)));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(stored).hasSize(batches * 10);
        Set<String> owners =
                stored.stream().map(account -> account.influencerId().value()).collect(Collectors.toSet());
        assertThat(owners).hasSize(10);
        for (String owner : owners) {
            assertThat(roster.accounts().influencer(owner).accounts()).hasSize(batches);
        }
    }

    @Test
    void theSameHandleTwiceInOneBatchIsStoredOnce() {
        List<RegistrationResult> results = roster.accounts()
                .registerAll(List.of(
                        registration("b", "Jang", "010-8000-0001", "twin"),
                        registration("b", "Jung", "010-8000-0002", "TWIN")));

        registered(results.get(0));
        assertThat(refusal(results.get(1))).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE);
        assertThat(storage.influencers()
                        .findByIdentity(roster.accounts()
                                .validate(command("b", "Jung", "010-8000-0002", "x"))
                                .identity()))
                .isEmpty();
    }

    @Test
    void anEmptyBatchStoresNothing() {
        assertThat(roster.accounts().registerAll(List.of())).isEmpty();
    }

    private Registration registration(String platform, String name, String phone, String handle) {
        return roster.accounts().validate(command(platform, name, phone, handle));
    }

    private static RegisterAccountCommand command(String platform, String name, String phone, String handle) {
        return new RegisterAccountCommand(platform, name, phone, handle, null, null, null);
    }

    private static PlatformAccount registered(RegistrationResult result) {
        assertThat(result).isInstanceOf(RegistrationResult.Registered.class);
        return ((RegistrationResult.Registered) result).account();
    }

    private static ConflictException.Reason refusal(RegistrationResult result) {
        assertThat(result).isInstanceOf(RegistrationResult.Refused.class);
        return ((RegistrationResult.Refused) result).conflict().reason();
    }
}

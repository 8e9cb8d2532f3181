package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.account.UpdateAccountCommand;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.influencer.UpdateInfluencerCommand;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.MetricName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.roster.application.port.Influencers}: atomic writes, uniqueness, versions, cascades. */
public abstract class InfluencersContract extends StorageContract {

    private static final int THREADS = 20;

    @Test
    void storesAPersonWithTheirFirstAccountAndFindsThemAgain() {
        Influencer kim = person("김민지", "+821012345678");
        PlatformAccount account = account(kim, A, "minji");

        storage.influencers().create(kim, account);

        assertThat(storage.influencers().find(kim.id())).contains(kim);
        assertThat(storage.influencers().findByIdentity(kim.identity())).contains(kim);
        assertThat(storage.influencers().findAccount(account.id())).contains(account);
    }

    @Test
    void findsAPersonByTheirNameInAnyLetterCase() {
        Influencer lee = person("Lee Jiwoo", "+821098765432");
        storage.influencers().create(lee, account(lee, A, "jiwoo"));

        PersonIdentity shouted = new PersonIdentity(PersonName.of("LEE JIWOO"), PhoneNumber.ofE164("+821098765432"));
        PersonIdentity otherPhone = new PersonIdentity(PersonName.of("Lee Jiwoo"), PhoneNumber.ofE164("+821098765431"));

        assertThat(storage.influencers().findByIdentity(shouted)).contains(lee);
        assertThat(storage.influencers().findByIdentity(otherPhone)).isEmpty();
    }

    @Test
    void refusesASecondPersonWithTheSameNameAndPhoneAndKeepsNeitherOfTheirAccount() {
        Influencer first = person("Park", "+821011112222");
        storage.influencers().create(first, account(first, A, "park1"));
        Influencer twin = person("PARK", "+821011112222");
        PlatformAccount twinsAccount = account(twin, B, "park2");

        assertThatThrownBy(() -> storage.influencers().create(twin, twinsAccount))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_PERSON));

        assertThat(storage.influencers().find(twin.id())).isEmpty();
        assertThat(storage.influencers().findAccount(twinsAccount.id())).isEmpty();
    }

    @Test
    void refusesATakenHandleInAnyLetterCaseAndDoesNotCreateThePerson() {
        Influencer first = person("Choi", "+821033334444");
        storage.influencers().create(first, account(first, A, "Sunny"));
        Influencer second = person("Jung", "+821055556666");

        assertThatThrownBy(() -> storage.influencers().create(second, account(second, A, "sUNNY")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE));

        assertThat(storage.influencers().find(second.id())).isEmpty();
    }

    @Test
    void letsTheSameHandleLiveOnDifferentPlatforms() {
        Influencer kim = person("Kim", "+821012340000");
        storage.influencers().create(kim, account(kim, A, "same"));

        PlatformAccount onB = account(kim, B, "same");
        storage.influencers().addAccount(onB);

        assertThat(storage.influencers().findAccount(onB.id())).contains(onB);
    }

    @Test
    void letsOnePersonHoldSeveralAccountsOnTheSamePlatform() {
        AccountView first = register("a", "Han", "010-2222-3333", "han.main");
        AccountView second = register("a", "Han", "010-2222-3333", "han.sub");

        assertThat(second.influencer().id()).isEqualTo(first.influencer().id());
        assertThat(roster.accounts().influencer(first.influencer().id().value()).accounts())
                .extracting(account -> account.handle().value())
                .containsExactly("han.main", "han.sub");
    }

    @Test
    void refusesAnAccountForAPersonWhoIsGone() {
        Influencer ghost = person("Ghost", "+821077778888");

        assertThatThrownBy(() -> storage.influencers().addAccount(account(ghost, A, "boo")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void concurrentRegistrationsOfOneNewPersonShareOneInfluencer() throws Exception {
        List<Callable<AccountView>> registrations = IntStream.range(0, THREADS)
                .mapToObj(i -> (Callable<AccountView>) () -> register("a", "동시 등록", "010-4444-5555", "handle" + i))
                .toList();

        List<AccountView> views =
                runTogether(registrations).stream().map(this::valueOf).toList();

        Set<String> owners =
                views.stream().map(v -> v.influencer().id().value()).collect(Collectors.toSet());
        assertThat(owners).hasSize(1);
        assertThat(roster.accounts().influencer(owners.iterator().next()).accounts())
                .hasSize(THREADS);
    }

    @Test
    void concurrentRegistrationsOfOneHandleLetExactlyOneWin() throws Exception {
        List<Callable<AccountView>> registrations = IntStream.range(0, THREADS)
                .mapToObj(i -> (Callable<AccountView>)
                        () -> register("b", "Person " + i, "010-5555-" + (1000 + i), "contested"))
                .toList();

        List<Future<AccountView>> outcomes = runTogether(registrations);

        int wins = 0;
        for (Future<AccountView> outcome : outcomes) {
            try {
                outcome.get();
                wins++;
            } catch (java.util.concurrent.ExecutionException refused) {
                assertThat(refused.getCause())
                        .isInstanceOfSatisfying(
                                ConflictException.class,
                                e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE));
            }
        }
        assertThat(wins).isEqualTo(1);
        assertThat(roster.accounts()
                        .search(new dev.roster.application.account.SearchAccountsCommand(
                                "b", "contested", null, null, null, null, null))
                        .items())
                .hasSize(1);
    }

    @Test
    void attachingAnAccountNeverConflictsWithAnEditOfThePerson() {
        AccountView first = register("a", "Yoon", "010-6666-7777", "yoon");
        Influencer asRead = storage.influencers().find(first.influencer().id()).orElseThrow();
        storage.influencers()
                .update(asRead.withIdentity(
                        new PersonIdentity(PersonName.of("Yoon Seo"), asRead.phone()), clock.instant()));

        storage.influencers().addAccount(account(asRead, B, "yoon.b"));

        assertThat(roster.accounts().influencer(asRead.id().value()).accounts()).hasSize(2);
    }

    @Test
    void refusesAnEditOfAPersonMadeAgainstAnOldVersion() {
        AccountView view = register("a", "Seo", "010-1212-3434", "seo");
        Influencer asRead = storage.influencers().find(view.influencer().id()).orElseThrow();
        Influencer saved = storage.influencers()
                .update(asRead.withIdentity(
                        new PersonIdentity(PersonName.of("Seo A"), asRead.phone()), clock.instant()));

        assertThat(saved.version()).isEqualTo(asRead.version() + 1);
        assertThatThrownBy(() -> storage.influencers()
                        .update(asRead.withIdentity(
                                new PersonIdentity(PersonName.of("Seo B"), asRead.phone()), clock.instant())))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
        assertThat(storage.influencers().find(asRead.id()).orElseThrow().name().value())
                .isEqualTo("Seo A");
    }

    @Test
    void refusesRenamingAPersonIntoSomeoneElse() {
        register("a", "Ahn", "010-1000-2000", "ahn");
        AccountView other = register("a", "Bae", "010-1000-2000", "bae");

        assertThatThrownBy(() -> roster.accounts()
                        .updateInfluencer(new UpdateInfluencerCommand(
                                other.influencer().id().value(),
                                other.influencer().version(),
                                "ahn",
                                null)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_PERSON));
    }

    @Test
    void editsAnAccountAgainstItsVersionAndKeepsItsMetrics() {
        AccountView view = register("a", "Oh", "010-3030-4040", "oh");
        MetricReading reading = MetricReading.of(clock.instant(), Map.of(MetricName.FOLLOWERS, 1200L));
        storage.metricHistory().record(new MetricSnapshot(view.account().id(), reading));

        AccountView edited = roster.accounts()
                .update(new UpdateAccountCommand(
                        "a",
                        view.account().id().value(),
                        view.account().version(),
                        "oh.new",
                        "https://blog.example/oh",
                        "oh@example.com",
                        "메모"));

        assertThat(edited.account().version()).isEqualTo(view.account().version() + 1);
        assertThat(edited.account().details())
                .isEqualTo(new AccountDetails(Handle.of("oh.new"), "https://blog.example/oh", "oh@example.com", "메모"));
        assertThat(edited.account().latestMetrics()).isEqualTo(reading);
        assertThatThrownBy(() -> roster.accounts()
                        .update(new UpdateAccountCommand(
                                "a",
                                view.account().id().value(),
                                view.account().version(),
                                "oh.again",
                                null,
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    }

    @Test
    void refusesAStaleAccountEditAtTheStoreEvenWhenTheCallerCheckedFirst() {
        AccountView view = register("b", "Lim", "010-5151-6262", "lim");
        PlatformAccount asRead =
                storage.influencers().findAccount(view.account().id()).orElseThrow();
        storage.influencers()
                .updateAccount(
                        asRead.withDetails(new AccountDetails(Handle.of("lim2"), null, null, null), clock.instant()));

        assertThatThrownBy(() -> storage.influencers()
                        .updateAccount(asRead.withDetails(
                                new AccountDetails(Handle.of("lim3"), null, null, null), clock.instant())))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    }

    @Test
    void refusesRenamingAnAccountToATakenHandle() {
        register("a", "Go", "010-7070-8080", "taken");
        AccountView other = register("a", "Na", "010-7070-8081", "free");

        assertThatThrownBy(() -> roster.accounts()
                        .update(new UpdateAccountCommand(
                                "a",
                                other.account().id().value(),
                                other.account().version(),
                                "TAKEN",
                                null,
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE));
        assertThat(roster.accounts()
                        .get("a", other.account().id().value())
                        .account()
                        .handle()
                        .value())
                .isEqualTo("free");
    }

    @Test
    void letsAnAccountKeepItsOwnHandleInAnotherLetterCase() {
        AccountView view = register("a", "Do", "010-9090-1010", "dohyun");

        AccountView edited = roster.accounts()
                .update(new UpdateAccountCommand(
                        "a", view.account().id().value(), view.account().version(), "DoHyun", null, null, null));

        assertThat(edited.account().handle().value()).isEqualTo("DoHyun");
    }

    @Test
    void deletingAPersonRemovesTheirAccountsHistoryAndConsentAndFreesTheirHandles() {
        AccountView a = register("a", "Moon", "010-2020-3030", "moon");
        AccountView b = register("b", "Moon", "010-2020-3030", "moon.b");
        storage.metricHistory()
                .record(new MetricSnapshot(
                        a.account().id(), MetricReading.of(clock.instant(), Map.of(MetricName.FOLLOWERS, 10L))));
        storage.consentForms().record(consentForm(a.influencer().id(), LocalDate.of(2026, 1, 2)));

        assertThat(storage.influencers().delete(a.influencer().id())).isTrue();

        assertThat(storage.influencers().find(a.influencer().id())).isEmpty();
        assertThat(storage.influencers().findAccount(a.account().id())).isEmpty();
        assertThat(storage.influencers().findAccount(b.account().id())).isEmpty();
        assertThat(storage.metricHistory().newestFirst(a.account().id(), 10)).isEmpty();
        assertThat(storage.consentForms().of(a.influencer().id())).isEmpty();
        assertThat(storage.influencers().delete(a.influencer().id())).isFalse();
        assertThat(register("a", "Someone Else", "010-2020-4040", "moon")
                        .account()
                        .handle()
                        .value())
                .isEqualTo("moon");
    }

    @Test
    void deletingAnAccountKeepsThePersonAndTheirOtherAccounts() {
        AccountView a = register("a", "Song", "010-4040-5050", "song");
        AccountView b = register("b", "Song", "010-4040-5050", "song.b");

        assertThat(storage.influencers().deleteAccount(a.account().id())).isTrue();

        assertThat(storage.influencers().findAccount(a.account().id())).isEmpty();
        assertThat(storage.influencers().find(a.influencer().id())).isPresent();
        assertThat(storage.influencers().findAccount(b.account().id())).isPresent();
        assertThat(storage.influencers().deleteAccount(a.account().id())).isFalse();
    }

    @Test
    void keepsKoreanAndOtherUnicodeTextInEveryFieldIntact() {
        String notes = "협찬 문의는 DM 🙏 — «très bien» 😀";
        AccountView view = roster.accounts()
                .register(new RegisterAccountCommand(
                        "a", "황보 혜정", "+82 10 8888 9999", "혜정_블로그", "https://blog.example/혜정", "혜정@예시.한국", notes));

        PlatformAccount stored =
                storage.influencers().findAccount(view.account().id()).orElseThrow();
        Influencer person = storage.influencers().find(view.influencer().id()).orElseThrow();

        assertThat(person.name().value()).isEqualTo("황보 혜정");
        assertThat(person.phone().e164()).isEqualTo("+821088889999");
        assertThat(stored.details())
                .isEqualTo(new AccountDetails(Handle.of("혜정_블로그"), "https://blog.example/혜정", "혜정@예시.한국", notes));
        assertThat(stored).isEqualTo(view.account());
    }

    private <T> List<Future<T>> runTogether(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS))
                    .as("all registrations finished")
                    .isTrue();
            return futures;
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> T valueOf(Future<T> future) {
        try {
            return future.get();
        } catch (Exception failed) {
            throw new AssertionError("a registration failed", failed);
        }
    }
}

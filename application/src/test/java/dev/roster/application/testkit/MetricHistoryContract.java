package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.NotFoundException;
import dev.roster.application.query.AccountDetail;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.NewestWins;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.MetricName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.roster.application.port.MetricHistory}: history kept, newest shown on the account. */
public abstract class MetricHistoryContract extends StorageContract {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void keepsEveryReadingAndListsThemNewestFirst() {
        AccountId account = register("a", "Ha", "010-1000-0001", "ha").account().id();
        MetricSnapshot monday = snapshot(account, MONDAY, 100, 7);
        MetricSnapshot tuesday = snapshot(account, MONDAY.plusSeconds(86_400), 110, 9);
        MetricSnapshot wednesday = snapshot(account, MONDAY.plusSeconds(2 * 86_400), 125, 4);

        storage.metricHistory().record(tuesday);
        storage.metricHistory().record(monday);
        storage.metricHistory().record(wednesday);

        assertThat(storage.metricHistory().newestFirst(account, 10)).containsExactly(wednesday, tuesday, monday);
        assertThat(storage.metricHistory().newestFirst(account, 2)).containsExactly(wednesday, tuesday);
    }

    @Test
    void showsTheNewestReadingOnTheAccountWithoutMovingItsVersion() {
        AccountView view = register("a", "Ko", "010-1000-0002", "ko");
        AccountId account = view.account().id();
        MetricSnapshot newer = snapshot(account, MONDAY.plusSeconds(3_600), 500, 50);

        storage.metricHistory().record(newer);
        storage.metricHistory().record(snapshot(account, MONDAY, 400, 40));

        PlatformAccount stored = storage.influencers().findAccount(account).orElseThrow();
        assertThat(stored.latestMetrics()).isEqualTo(newer.reading());
        assertThat(stored.version()).isEqualTo(view.account().version());
        assertThat(storage.accountSearch().view(account).orElseThrow().account().latestMetrics())
                .isEqualTo(newer.reading());
    }

    @Test
    void aReadingTakenAtTheSameInstantReplacesTheEarlierRecordOfIt() {
        AccountId account = register("b", "Yu", "010-1000-0003", "yu").account().id();

        storage.metricHistory().record(snapshot(account, MONDAY, 1, 1));
        MetricSnapshot corrected = snapshot(account, MONDAY, 2, 2);
        storage.metricHistory().record(corrected);

        assertThat(storage.metricHistory().newestFirst(account, 10)).containsExactly(corrected);
        assertThat(storage.influencers().findAccount(account).orElseThrow().latestMetrics())
                .isEqualTo(corrected.reading());
    }

    @Test
    void refusesReadingsOfAnAccountThatIsGone() {
        AccountView view = register("a", "Gone", "010-1000-0004", "gone");
        storage.influencers().deleteAccount(view.account().id());

        assertThatThrownBy(() ->
                        storage.metricHistory().record(snapshot(view.account().id(), MONDAY, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(storage.metricHistory().newestFirst(view.account().id(), 10)).isEmpty();
    }

    @Test
    void keepsHistoriesOfAccountsApart() {
        AccountId first =
                register("a", "Pyo", "010-1000-0005", "pyo1").account().id();
        AccountId second =
                register("a", "Pyo", "010-1000-0005", "pyo2").account().id();
        MetricSnapshot reading = snapshot(first, MONDAY, 3, 3);

        storage.metricHistory().record(reading);

        assertThat(storage.metricHistory().newestFirst(first, 10)).containsExactly(reading);
        assertThat(storage.metricHistory().newestFirst(second, 10)).isEmpty();
    }

    @Test
    void keepsTheNewestFailureOfAnAccount() {
        PlatformAccount read = register("a", "Fa", "010-1000-0006", "fa").account();
        AccountId account = read.id();
        CollectionFailure later = failure(account, CollectionFailure.Status.PRIVATE, MONDAY.plusSeconds(60));

        storage.metricHistory().recordFailure(later);
        storage.metricHistory().recordFailure(failure(account, CollectionFailure.Status.TRANSIENT, MONDAY));

        assertThat(storage.metricHistory().lastFailure(account)).contains(later);
        assertThat(storage.metricHistory().lastFailure(read))
                .as("found from the account as read")
                .contains(later);
        PlatformAccount never = register("a", "Fb", "010-1000-0007", "fb").account();
        assertThat(storage.metricHistory().lastFailure(never.id())).isEmpty();
        assertThat(storage.metricHistory().lastFailure(never)).isEmpty();
    }

    /** What an account's own page reads in one go: the view, and the last failure while no newer reading came. */
    @Test
    void detailIsTheViewWithTheLastFailureNewerThanTheMetrics() {
        AccountId account = register("a", "Fd", "010-1000-0009", "fd").account().id();
        assertThat(storage.accountSearch().detail(account).orElseThrow())
                .as("never failed")
                .isEqualTo(
                        new AccountDetail(storage.accountSearch().view(account).orElseThrow(), null));

        storage.metricHistory().record(snapshot(account, MONDAY, 5, 5));
        CollectionFailure failed = failure(account, CollectionFailure.Status.RATE_LIMITED, MONDAY.plusSeconds(60));
        storage.metricHistory().recordFailure(failed);
        AccountDetail detail = storage.accountSearch().detail(account).orElseThrow();
        assertThat(detail.view())
                .isEqualTo(storage.accountSearch().view(account).orElseThrow());
        assertThat(detail.failure()).contains(failed);

        storage.metricHistory().record(snapshot(account, MONDAY.plusSeconds(120), 6, 6));
        detail = storage.accountSearch().detail(account).orElseThrow();
        assertThat(detail.failure()).as("a newer reading came").isEmpty();
        assertThat(detail.view().account().latestMetrics().collectedAt()).isEqualTo(MONDAY.plusSeconds(120));

        storage.influencers().deleteAccount(account);
        assertThat(storage.accountSearch().detail(account)).isEmpty();
    }

    /** {@link NewestWins}, as every store applies it: by the instant taken, a tie going to what arrives last. */
    @Test
    void newestWinsForReadingsAndFailuresWhateverTheOrderTheyArriveIn() {
        AccountId account = register("a", "Nw", "010-1000-0008", "nw").account().id();
        MetricSnapshot noon = snapshot(account, MONDAY.plusSeconds(43_200), 2, 2);
        storage.metricHistory().record(noon);
        storage.metricHistory().record(snapshot(account, MONDAY, 1, 1));
        assertThat(shown(account)).as("a late report of the morning").isEqualTo(noon.reading());
        MetricSnapshot evening = snapshot(account, MONDAY.plusSeconds(64_800), 3, 3);
        storage.metricHistory().record(evening);
        assertThat(shown(account)).isEqualTo(evening.reading());

        CollectionFailure first = failure(account, CollectionFailure.Status.PRIVATE, MONDAY);
        CollectionFailure sameInstant = failure(account, CollectionFailure.Status.TRANSIENT, MONDAY);
        storage.metricHistory().recordFailure(first);
        storage.metricHistory().recordFailure(sameInstant);
        assertThat(storage.metricHistory().lastFailure(account)).as("a tie").contains(sameInstant);
        storage.metricHistory()
                .recordFailure(failure(account, CollectionFailure.Status.NOT_FOUND, MONDAY.minusSeconds(60)));
        assertThat(storage.metricHistory().lastFailure(account))
                .as("a late report")
                .contains(sameInstant);
    }

    @Test
    void refusesFailuresOfAnAccountThatIsGone() {
        AccountView view = register("a", "Fc", "010-1000-0008", "fc");
        storage.influencers().deleteAccount(view.account().id());

        assertThatThrownBy(() -> storage.metricHistory()
                        .recordFailure(failure(view.account().id(), CollectionFailure.Status.NOT_FOUND, MONDAY)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void dueAccountsAreThoseNeverTriedOrLastTriedBeforeTheCutOffLongestAgoFirst() {
        AccountId fresh = register("a", "Da", "010-1000-0010", "da").account().id();
        AccountId stale = register("a", "Db", "010-1000-0011", "db").account().id();
        AccountId staler = register("a", "Dc", "010-1000-0012", "dc").account().id();
        AccountId never = register("a", "Dd", "010-1000-0013", "dd").account().id();
        register("b", "De", "010-1000-0014", "de");
        storage.metricHistory().record(snapshot(fresh, MONDAY.plusSeconds(7_200), 1, 1));
        storage.metricHistory().record(snapshot(stale, MONDAY.minusSeconds(60), 1, 1));
        storage.metricHistory()
                .recordFailure(failure(staler, CollectionFailure.Status.TRANSIENT, MONDAY.minusSeconds(600)));

        List<PlatformAccount> due =
                storage.metricHistory().claimDue(A, MONDAY, MONDAY.plusSeconds(7_300), Duration.ZERO, 10);

        assertThat(due).extracting(PlatformAccount::id).containsExactly(never, staler, stale);
        assertThat(storage.metricHistory().claimDue(A, MONDAY, MONDAY.plusSeconds(7_300), Duration.ZERO, 2))
                .extracting(PlatformAccount::id)
                .containsExactly(never, staler);
    }

    @Test
    void aClaimHidesTheAccountsUntilItRunsOutAndTheNextCallGetsTheNextOnes() {
        List<AccountId> accounts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accounts.add(
                    register("a", "Cl", "010-1000-002" + i, "cl" + i).account().id());
        }
        Duration lease = Duration.ofMinutes(10);

        List<PlatformAccount> first = storage.metricHistory().claimDue(A, MONDAY, MONDAY, lease, 3);
        List<PlatformAccount> second = storage.metricHistory().claimDue(A, MONDAY, MONDAY, lease, 3);
        List<PlatformAccount> whileClaimed =
                storage.metricHistory().claimDue(A, MONDAY, MONDAY.plusSeconds(599), lease, 10);
        List<PlatformAccount> afterLease = storage.metricHistory().claimDue(A, MONDAY, MONDAY.plus(lease), lease, 10);

        assertThat(first).hasSize(3);
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
        assertThat(whileClaimed).isEmpty();
        assertThat(afterLease).extracting(PlatformAccount::id).containsExactlyInAnyOrderElementsOf(accounts);
    }

    @Test
    void aPeekWithoutLeaseClaimsNothing() {
        AccountId account = register("a", "Pk", "010-1000-0030", "pk").account().id();

        storage.metricHistory().claimDue(A, MONDAY, MONDAY, Duration.ZERO, 10);

        assertThat(storage.metricHistory().claimDue(A, MONDAY, MONDAY, Duration.ofMinutes(5), 10))
                .extracting(PlatformAccount::id)
                .containsExactly(account);
    }

    @Test
    void aPeekCountsClaimsThatRanOutAsDueWhereTheyWereAndLeavesThemWhereTheyAre() {
        AccountId older = register("a", "Pr", "010-1000-0031", "pr").account().id();
        AccountId newer = register("a", "Ps", "010-1000-0032", "ps").account().id();
        storage.metricHistory().record(snapshot(older, MONDAY.minusSeconds(7_200), 1, 1));
        storage.metricHistory().record(snapshot(newer, MONDAY.minusSeconds(3_600), 1, 1));
        Duration lease = Duration.ofMinutes(10);
        assertThat(storage.metricHistory().claimDue(A, MONDAY, MONDAY, lease, 1))
                .extracting(PlatformAccount::id)
                .containsExactly(older);
        Instant afterLease = MONDAY.plus(lease);

        List<PlatformAccount> whileClaimed =
                storage.metricHistory().claimDue(A, MONDAY, MONDAY.plusSeconds(1), Duration.ZERO, 10);
        List<PlatformAccount> peek = storage.metricHistory().claimDue(A, MONDAY, afterLease, Duration.ZERO, 10);
        List<PlatformAccount> peekAgain = storage.metricHistory().claimDue(A, MONDAY, afterLease, Duration.ZERO, 1);

        assertThat(whileClaimed).extracting(PlatformAccount::id).containsExactly(newer);
        assertThat(peek).extracting(PlatformAccount::id).containsExactly(older, newer);
        assertThat(peekAgain).extracting(PlatformAccount::id).containsExactly(older);
        assertThat(storage.metricHistory().claimDue(A, MONDAY, afterLease, lease, 10))
                .extracting(PlatformAccount::id)
                .containsExactly(older, newer);
    }

    @Test
    void concurrentClaimsNeverHandOutTheSameAccountTwice() throws Exception {
        for (int i = 0; i < 30; i++) {
            register("b", "Cc" + (char) ('a' + i), "010-1000-01" + (10 + i), "cc" + i);
        }
        List<AccountId> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                running.add(callers.submit(() -> {
                    List<PlatformAccount> got;
                    do {
                        got = storage.metricHistory().claimDue(B, MONDAY, MONDAY, Duration.ofHours(1), 4);
                        got.forEach(account -> claimed.add(account.id()));
                    } while (!got.isEmpty());
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(claimed).hasSize(30).doesNotHaveDuplicates();
    }

    private static CollectionFailure failure(AccountId account, CollectionFailure.Status status, Instant at) {
        return new CollectionFailure(account, status, "because " + status.label(), at);
    }

    private static MetricSnapshot snapshot(AccountId account, Instant at, long followers, long visitors) {
        return new MetricSnapshot(
                account,
                MetricReading.of(at, Map.of(MetricName.FOLLOWERS, followers, MetricName.DAILY_VISITORS, visitors)));
    }

    private MetricReading shown(AccountId account) {
        return storage.influencers().findAccount(account).orElseThrow().latestMetrics();
    }
}

package dev.roster.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.query.AccountDetail;
import dev.roster.application.query.AccountView;
import dev.roster.application.testkit.StorageContract;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.PlatformAccount;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The account page kept in memory (issue 21): read from PostgreSQL once while nothing changes, and never shown older
 * than a change, whether this store made it, another server on the same database, or SQL typed by an operator.
 */
class PostgresAccountCacheTest extends StorageContract {

    /** How long another's change may take to reach the cache: the notification's trip, on a loaded machine. */
    private static final Duration ANOTHERS_CHANGE = Duration.ofSeconds(2);

    private final TestDatabase database = TestDatabase.shared();
    private final CountingDataSource pool = new CountingDataSource(database.pool());
    private final ChangeCount changes = new ChangeCount();
    private PostgresStorage cached;

    @Override
    protected RosterStorage emptyStorage() {
        database.emptyStorage();
        cached = PostgresStorage.withAccountCache(pool, database.settings(), 100, changes);
        return cached;
    }

    @AfterEach
    void closeStore() throws Exception {
        cached.close();
    }

    @Test
    void anAccountsPageIsReadFromTheStoreOnceWhileNothingChanges() {
        AccountId id =
                register("a", "Kim", "010-2000-0001", "kim_cache").account().id();
        AccountDetail first = readOnceCached(id);

        int taken = pool.taken();
        for (int i = 0; i < 20; i++) {
            assertThat(cached.accountSearch().detail(id)).contains(first);
        }
        assertThat(pool.taken()).as("connections taken for 20 more reads").isEqualTo(taken);
        assertThat(first).isEqualTo(uncached().accountSearch().detail(id).orElseThrow());
    }

    @Test
    void aFullCacheDropsPagesAndStillShowsEachAsStored() throws Exception {
        List<AccountDetail> stored = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            AccountId id = register("a", "Full", "010-3000-00" + (10 + i), "full_" + i)
                    .account()
                    .id();
            stored.add(uncached().accountSearch().detail(id).orElseThrow());
        }
        try (PostgresStorage small = PostgresStorage.withAccountCache(pool, database.settings(), 10)) {
            readOnceCached(small, stored.get(0).view().account().id());
            for (int round = 0; round < 3; round++) {
                for (AccountDetail page : stored) {
                    assertThat(small.accountSearch()
                                    .detail(page.view().account().id()))
                            .contains(page);
                }
            }
            AccountId last = stored.get(stored.size() - 1).view().account().id();
            int taken = pool.taken();
            small.accountSearch().detail(last);
            assertThat(pool.taken()).as("the page read last is kept").isEqualTo(taken);
        }
    }

    @Test
    void claimingAccountsForCollectionKeepsThePages() throws InterruptedException {
        AccountId id =
                register("a", "Han", "010-2000-0006", "han_claimed").account().id();
        readOnceCached(id);
        long before = changes.current();

        assertThat(storage.metricHistory().claimDue(A, clock.instant(), clock.instant(), Duration.ofMinutes(5), 10))
                .extracting(PlatformAccount::id)
                .contains(id);
        Thread.sleep(ANOTHERS_CHANGE.toMillis() / 4); // what a notification would have taken to arrive

        assertThat(changes.current()).as("changes heard after a claim").isEqualTo(before);
    }

    @Test
    void aChangeThisStoreMakesIsShownAtOnce() {
        PlatformAccount account =
                register("a", "Lee", "010-2000-0002", "lee_before").account();
        readOnceCached(account.id());

        storage.influencers().updateAccount(renamed(account, "lee_after"));

        assertThat(handleShown(account.id())).isEqualTo("lee_after");
        storage.influencers().deleteAccount(account.id());
        assertThat(cached.accountSearch().detail(account.id())).isEmpty();
    }

    @Test
    void aChangeAnotherServerMakesIsShownWithinTheNotificationsTrip() {
        PlatformAccount account =
                register("a", "Park", "010-2000-0003", "park_before").account();
        readOnceCached(account.id());

        PostgresStorage anotherServer = PostgresStorage.create(database.pool());
        anotherServer.influencers().updateAccount(renamed(account, "park_after"));

        assertThat(shownWithin(
                        account.id(), ANOTHERS_CHANGE, view -> handleOf(view).equals("park_after")))
                .as("the other server's change, within " + ANOTHERS_CHANGE)
                .isTrue();
    }

    @Test
    void aChangeTypedInSqlIsShownWithinTheNotificationsTrip() {
        AccountView view = register("a", "Choi", "010-2000-0004", "choi");
        readOnceCached(view.account().id());

        database.execute("UPDATE influencer SET name = 'Choi Minji' WHERE id = '"
                + view.influencer().id().value() + "'");

        assertThat(shownWithin(
                        view.account().id(),
                        ANOTHERS_CHANGE,
                        shown -> shown.influencer().identity().name().value().equals("Choi Minji")))
                .isTrue();
    }

    @Test
    void whileTheFeedIsLostPagesAreReadFromTheStoreAndKeptAgainOnceItIsBack() throws SQLException {
        PlatformAccount account =
                register("a", "Jung", "010-2000-0005", "jung_before").account();
        readOnceCached(account.id());

        cutTheFeedsConnection();
        PostgresStorage anotherServer = PostgresStorage.create(database.pool());
        anotherServer.influencers().updateAccount(renamed(account, "jung_after"));

        // The feed finds its connection gone at its next heartbeat: until then, what it last confirmed still holds.
        assertThat(shownWithin(
                        account.id(),
                        ChangeFeed.HEARTBEAT.plus(ANOTHERS_CHANGE),
                        view -> handleOf(view).equals("jung_after")))
                .isTrue();
        Instant giveUp = Instant.now().plus(ChangeFeed.RETRY.multipliedBy(10));
        boolean keptAgain = false;
        while (!keptAgain && Instant.now().isBefore(giveUp)) {
            cached.accountSearch().detail(account.id());
            int taken = pool.taken();
            cached.accountSearch().detail(account.id());
            keptAgain = pool.taken() == taken;
            pause();
        }
        assertThat(keptAgain).as("pages kept again once the feed is back").isTrue();
        assertThat(handleShown(account.id())).isEqualTo("jung_after");
    }

    /**
     * Reads the page until a read no longer takes a connection (the feed has started), once the notifications of the
     * test's own writes have arrived, and returns it.
     */
    private AccountDetail readOnceCached(AccountId id) {
        return readOnceCached(cached, id);
    }

    private AccountDetail readOnceCached(PostgresStorage store, AccountId id) {
        settledCount();
        Instant giveUp = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(giveUp)) {
            store.accountSearch().detail(id);
            int taken = pool.taken();
            AccountDetail read = store.accountSearch().detail(id).orElseThrow();
            if (pool.taken() == taken) {
                return read;
            }
            pause();
        }
        throw new AssertionError("the page was never kept: the change feed did not start");
    }

    /**
     * The change count once the notifications of the test's own writes have arrived (they come after the commit, on
     * the feed's connection): the count has stood still for a while.
     */
    private long settledCount() {
        long count;
        do {
            count = changes.current();
            pause(ANOTHERS_CHANGE.dividedBy(4));
        } while (changes.current() != count);
        return count;
    }

    private boolean shownWithin(AccountId id, Duration limit, Predicate<AccountView> expected) {
        Instant giveUp = Instant.now().plus(limit);
        do {
            if (expected.test(cached.accountSearch().detail(id).orElseThrow().view())) {
                return true;
            }
            pause();
        } while (Instant.now().isBefore(giveUp));
        return false;
    }

    private String handleShown(AccountId id) {
        return handleOf(cached.accountSearch().detail(id).orElseThrow().view());
    }

    private static String handleOf(AccountView view) {
        return view.account().handle().value();
    }

    private PlatformAccount renamed(PlatformAccount account, String handle) {
        PlatformAccount stored = storage.influencers().findAccount(account.id()).orElseThrow();
        AccountDetails details = stored.details();
        return stored.withDetails(
                new AccountDetails(Handle.of(handle), details.profileUrl(), details.email(), details.notes()),
                clock.instant());
    }

    private PostgresStorage uncached() {
        return PostgresStorage.create(database.pool());
    }

    private void cutTheFeedsConnection() throws SQLException {
        try (Connection admin = DriverManager.getConnection(
                        database.settings().jdbcUrl(),
                        database.settings().user(),
                        database.settings().password());
                PreparedStatement cut = admin.prepareStatement("SELECT count(pg_terminate_backend(pid)) "
                        + "FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND application_name = ? "
                        + "AND query = ?")) {
            cut.setString(1, database.applicationName());
            cut.setString(2, ChangeFeed.HEARTBEAT_STATEMENT);
            Instant giveUp = Instant.now().plusSeconds(5);
            while (Instant.now().isBefore(giveUp)) {
                try (ResultSet cutOff = cut.executeQuery()) {
                    cutOff.next();
                    if (cutOff.getInt(1) > 0) {
                        return;
                    }
                }
                pause();
            }
        }
        throw new AssertionError("no connection of the change feed to cut");
    }

    private static void pause() {
        pause(Duration.ofMillis(20));
    }

    private static void pause(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}

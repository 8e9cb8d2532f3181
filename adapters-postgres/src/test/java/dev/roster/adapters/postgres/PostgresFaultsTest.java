package dev.roster.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.account.Registration;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PlatformAccount;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What callers see when the database fails them, and that a failure never leaves half a change behind. */
class PostgresFaultsTest {

    private final TestDatabase database = TestDatabase.shared();
    private PostgresStorage storage;
    private Roster roster;

    @BeforeEach
    void emptyStore() {
        storage = database.emptyStorage();
        roster = Roster.builder().storage(storage).build();
    }

    @Test
    void aConnectionCutMidTransactionIsRunAgainOnceOnAFreshConnectionAndAppliedOnce() throws Exception {
        List<Registration> batch = batch();
        try (Connection blocker = holdIdentity(batch.get(0))) {
            CompletableFuture<List<RegistrationResult>> registering = registerInBackground(batch);
            cutWaitingBackend(blocker, database.applicationName(), -1);
            blocker.rollback();

            assertThat(registering.get(30, TimeUnit.SECONDS))
                    .allMatch(result -> result instanceof RegistrationResult.Registered);
        }
        assertThat(roster.accounts()
                        .influencer(storage.influencers()
                                .findByIdentity(batch.get(1).identity())
                                .orElseThrow()
                                .id()
                                .value())
                        .accounts())
                .hasSize(1);
    }

    @Test
    void aConnectionCutTwiceAnswersUnavailableLeavesNothingAndTheNextRequestWorks() throws Exception {
        List<Registration> batch = batch();
        try (Connection blocker = holdIdentity(batch.get(0))) {
            CompletableFuture<List<RegistrationResult>> registering = registerInBackground(batch);
            int first = cutWaitingBackend(blocker, database.applicationName(), -1);
            cutWaitingBackend(blocker, database.applicationName(), first);

            assertThatThrownBy(() -> registering.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("did not answer");
            blocker.rollback();
        }

        assertThat(storage.influencers().findByIdentity(batch.get(1).identity()))
                .isEmpty();
        assertThat(storage.influencers().findByIdentity(batch.get(0).identity()))
                .isEmpty();
        AccountView next = roster.accounts()
                .register(new RegisterAccountCommand("a", "Other Person", "010-9000-0002", "other", null, null, null));
        assertThat(next.account().handle().value()).isEqualTo("other");
    }

    @Test
    void textTheDatabaseCannotHoldIsInvalidInputAndNothingIsStored() {
        RegisterAccountCommand withNul =
                new RegisterAccountCommand("a", "Nul Notes", "010-9100-0001", "nul", null, null, "before\u0000after");
        assertThatThrownBy(() -> roster.accounts().register(withNul))
                .as("the use case refuses it up front")
                .isInstanceOf(InvalidInputException.class);

        // Code embedding the core may call the store with domain values the use cases never checked.
        Registration clean = roster.accounts()
                .validate(new RegisterAccountCommand("a", "Nul Notes", "010-9100-0001", "nul", null, null, null));
        Instant now = Instant.now();
        Influencer person = Influencer.register(InfluencerId.next(now), clean.identity(), now);
        PlatformAccount account = PlatformAccount.register(
                AccountId.next(now),
                person.id(),
                clean.platform().code(),
                new AccountDetails(clean.details().handle(), null, null, "before\u0000after"),
                now);

        assertThatThrownBy(() -> storage.influencers().create(person, account))
                .as("the store refuses it too")
                .isInstanceOf(InvalidInputException.class);
        assertThat(storage.influencers().findByIdentity(clean.identity())).isEmpty();
    }

    @Test
    void searchingForTextWithNulFindsNothingInsteadOfFailing() {
        roster.accounts()
                .register(new RegisterAccountCommand("a", "Plain", "010-9200-0001", "plain", null, null, null));

        assertThat(roster.accounts()
                        .search(new dev.roster.application.account.SearchAccountsCommand(
                                "a", "pl\u0000", null, null, null, null, null))
                        .items())
                .isEmpty();
    }

    @Test
    void anUnreachableServerIsReportedWithWhereItWasLookedForButNotThePassword() {
        PostgresSettings nowhere = new PostgresSettings(
                "jdbc:postgresql://127.0.0.1:1/roster", "someone", "s3cret-password", 1, Duration.ofMillis(500));

        assertThatThrownBy(() -> PostgresPool.open(nowhere))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/roster")
                .hasMessageNotContaining("s3cret-password");
        assertThat(nowhere.toString()).doesNotContain("s3cret-password");
    }

    @Test
    void aDatabaseThatWasNeverMigratedIsReportedAsSuch() {
        PostgresSettings settings = database.settings();
        String elsewhere = settings.jdbcUrl().replaceFirst("currentSchema=[^&]+", "currentSchema=pg_catalog");
        try (var pool = PostgresPool.open(PostgresSettings.of(elsewhere, settings.user(), settings.password()))) {
            PostgresStorage unmigrated = PostgresStorage.create(pool);

            assertThatThrownBy(() -> unmigrated
                            .influencers()
                            .findAccount(dev.roster.domain.influencer.AccountId.next(Instant.now())))
                    .isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("run the migrations");
        }
    }

    @Test
    void migratingAnUpToDateSchemaAppliesNothing() {
        assertThat(PostgresMigrations.migrate(database.pool())).isZero();
    }

    private Registration registration(String name, String phone, String handle) {
        return roster.accounts().validate(new RegisterAccountCommand("a", name, phone, handle, null, null, null));
    }

    private Connection connect() throws SQLException {
        PostgresSettings settings = database.settings();
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    private CompletableFuture<List<RegistrationResult>> registerInBackground(List<Registration> batch) {
        return CompletableFuture.supplyAsync(() -> roster.accounts().registerAll(batch));
    }

    private List<Registration> batch() {
        return List.of(
                registration("Blocked Person", "010-9000-0001", "blocked"),
                registration("Other Person", "010-9000-0002", "other"));
    }

    /** An uncommitted insert of the person, which makes a batch registering them wait inside its transaction. */
    private Connection holdIdentity(Registration registration) throws SQLException {
        Connection blocker = connect();
        blocker.setAutoCommit(false);
        try (PreparedStatement hold = blocker.prepareStatement("INSERT INTO influencer VALUES "
                + "(?, 'Blocked Person', '+821090000001', ?, 'blocked person', 1, now(), now())")) {
            hold.setObject(1, UUID.randomUUID());
            hold.setString(2, registration.identity().key());
            hold.executeUpdate();
        }
        return blocker;
    }

    /**
     * Cuts the connection of the backend waiting for {@code blocker}'s lock (not {@code spared}), as when the server
     * goes away mid-request, once it is waiting; returns its process id. Only a backend of this JVM's pool ({@code
     * applicationName}): another test run on the same server may have a batch waiting on a lock of its own.
     */
    private static int cutWaitingBackend(Connection blocker, String applicationName, int spared) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(20);
        try (Connection admin = DriverManager.getConnection(
                        blocker.getMetaData().getURL(),
                        blocker.getMetaData().getUserName(),
                        System.getenv(TestDatabase.PASSWORD));
                PreparedStatement cut = admin.prepareStatement("SELECT pid, pg_terminate_backend(pid) "
                        + "FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND pid <> ? "
                        + "AND datname = current_database() AND application_name = ? AND wait_event_type = 'Lock' "
                        + "AND query LIKE 'INSERT INTO influencer%'")) {
            cut.setInt(1, spared);
            cut.setString(2, applicationName);
            while (Instant.now().isBefore(giveUp)) {
                try (ResultSet waiting = cut.executeQuery()) {
                    if (waiting.next()) {
                        return waiting.getInt("pid");
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no batch waited for the lock");
    }
}

package dev.roster.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.ConflictException;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What PostgreSQL's bulk registration must do beyond the port's contract: a failing batch leaves nothing behind, rows
 * never leak into the next batch on the same connection, and every value arrives as the single-row path would store it.
 */
class PostgresBulkLoadTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:30:15.123456Z");

    @Test
    void aBatchThatFailsStoresNothingOfItselfAndTheNextBatchOnlyItsOwn() throws SQLException {
        PostgresStorage storage = TestDatabase.shared().emptyStorage();
        NewAccount first = entry("한소희", "010-3100-0001", "sohee", "a", AT);
        NewAccount twin = new NewAccount(
                first.id(),
                InfluencerId.next(AT),
                identity("Other", "010-3100-0002"),
                PlatformCode.of("a"),
                new AccountDetails(Handle.of("other"), null, null, null),
                AT);

        assertThatThrownBy(() -> storage.influencers().registerAll(List.of(first, twin)))
                .isInstanceOf(ConflictException.class);
        assertThat(count("influencer")).isZero();
        assertThat(count("platform_account")).isZero();

        // One connection at a time from here on is not guaranteed, so every batch is checked for exactly its rows.
        for (int batch = 0; batch < 3; batch++) {
            NewAccount only = entry("배수지", "010-3200-000" + batch, "suzy" + batch, "b", AT);
            List<RegistrationResult> results = storage.influencers().registerAll(List.of(only));
            assertThat(results).singleElement().isInstanceOf(RegistrationResult.Registered.class);
            assertThat(count("platform_account")).isEqualTo(batch + 1);
        }
        assertThat(count("influencer")).isEqualTo(3);
    }

    @Test
    void storesEveryValueAsASingleRegistrationWouldAndFindsItBySearch() {
        PostgresStorage storage = TestDatabase.shared().emptyStorage();
        NewAccount full = new NewAccount(
                AccountId.next(AT),
                InfluencerId.next(AT),
                identity("김민지", "010-3300-0001"),
                PlatformCode.of("a"),
                new AccountDetails(
                        Handle.of("Minji.Kim"), "https://a.example/minji", "Minji@Example.com", "협찬\t가능\n\\메모"),
                AT);
        // A one-letter handle and no email: no bigrams of its own, an empty array.
        NewAccount bare = entry("X", "010-3300-0002", "x", "a", AT);

        List<RegistrationResult> results = storage.influencers().registerAll(List.of(full, bare));

        PlatformAccount stored = ((RegistrationResult.Registered) results.get(0)).account();
        assertThat(storage.influencers().findAccount(full.id())).contains(stored);
        assertThat(stored.details().notes()).isEqualTo("협찬\t가능\n\\메모");
        assertThat(stored.createdAt()).isEqualTo(AT);
        AccountView view = storage.accountSearch().view(full.id()).orElseThrow();
        assertThat(view.influencer().name().value()).isEqualTo("김민지");
        assertThat(storage.influencers()
                        .findAccount(bare.id())
                        .orElseThrow()
                        .details()
                        .email())
                .isNull();
        assertThat(search(storage, "민지")).containsExactly(full.id());
        assertThat(search(storage, "i.k")).containsExactly(full.id());
        assertThat(search(storage, "@example")).containsExactly(full.id());
        assertThat(search(storage, null)).containsExactlyInAnyOrder(full.id(), bare.id());
    }

    @Test
    void manyBatchesInARowEachGetTheirOwnResults() throws SQLException {
        PostgresStorage storage = TestDatabase.shared().emptyStorage();
        List<NewAccount> taken = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            taken.add(entry("Person " + i, "010-3400-" + (1000 + i), "taken" + i, "a", AT));
        }
        storage.influencers().registerAll(taken);

        for (int batch = 0; batch < 4; batch++) {
            List<NewAccount> entries = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                // Every other entry asks for a handle already taken.
                String handle = i % 2 == 0 ? "taken" + i : "free" + batch + "_" + i;
                entries.add(entry("Person " + i, "010-3400-" + (1000 + i), handle, "a", AT));
            }
            List<RegistrationResult> results = storage.influencers().registerAll(entries);
            for (int i = 0; i < 50; i++) {
                assertThat(results.get(i))
                        .isInstanceOf(
                                i % 2 == 0 ? RegistrationResult.Refused.class : RegistrationResult.Registered.class);
            }
        }
        assertThat(count("platform_account")).isEqualTo(50 + 4 * 25);
        assertThat(count("influencer")).isEqualTo(50);
    }

    private static List<AccountId> search(PostgresStorage storage, String text) {
        return storage
                .accountSearch()
                .search(new AccountQuery(PlatformCode.of("a"), text, null, null, AccountOrder.NEWEST_FIRST, 10, null))
                .items()
                .stream()
                .map(view -> view.account().id())
                .toList();
    }

    private static NewAccount entry(String name, String phone, String handle, String platform, Instant at) {
        return new NewAccount(
                AccountId.next(at),
                InfluencerId.next(at),
                identity(name, phone),
                PlatformCode.of(platform),
                new AccountDetails(Handle.of(handle), null, null, null),
                at);
    }

    private static PersonIdentity identity(String name, String phone) {
        return new PersonIdentity(
                PersonName.of(name),
                PhoneNumber.ofE164("+82" + phone.substring(1).replace("-", "")));
    }

    private static long count(String table) throws SQLException {
        try (Connection connection = TestDatabase.shared().pool().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}

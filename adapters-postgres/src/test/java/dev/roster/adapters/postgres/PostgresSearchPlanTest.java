package dev.roster.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.application.port.NewAccount;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SearchCursor;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.platform.PlatformCode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Searches keep the plan their values call for, however often they run on one pooled connection. A server-side
 * prepared statement is given PostgreSQL's generic plan after five executions; for the search that plan walks every
 * row of the platform when the text is rare (issue 23: 400 ms on 100,000 accounts instead of a few). Each shape here
 * runs far more often than the plan cache needs to switch, on a pool of one connection; then that connection must hold
 * no server-side search statement (so no generic plan can be chosen), and rare text must still go through the bigram
 * index.
 */
class PostgresSearchPlanTest {

    private static final int ACCOUNTS = 6_000;
    /** Twice what PostgreSQL's plan cache needs (five custom plans, then the generic one). */
    private static final int RUNS = 12;

    private static final String SEARCH_INDEX = "platform_account_search";

    private static HikariDataSource onePool;
    private static PostgresStorage storage;

    @BeforeAll
    static void seed() throws SQLException {
        TestDatabase database = TestDatabase.shared();
        database.emptyStorage().influencers().registerAll(roster());
        // What autovacuum does after a bulk load: statistics, and the bigram index's pending entries moved into it.
        database.execute("VACUUM ANALYZE platform_account");
        database.execute("ANALYZE influencer");
        PostgresSettings settings = database.settings();
        onePool = PostgresPool.open(new PostgresSettings(
                settings.jdbcUrl(), settings.user(), settings.password(), 1, settings.connectionTimeout()));
        storage = PostgresStorage.create(onePool);
    }

    @AfterAll
    static void close() {
        onePool.close();
    }

    @Test
    void rareTextGoesThroughTheBigramIndexInEveryOrderHoweverOftenItRuns() throws SQLException {
        // One character too (V6): "ß" and "햏" are held by no account. "user_1" is in 1,111 handles (1, 10-19,
        // 100-199, 1000-1999), few enough to sort, but all among the oldest: newest first, a walk would pass 4,000
        // others, and PostgreSQL alone walks (it expects them spread along the order).
        for (String text : List.of("zz_nomatch_q", "user_4242", "zq", "ß", "햏", "user_1")) {
            for (String order : List.of("-created", "created", "name", "-name", "handle", "-followers")) {
                AccountQuery query = query(text, order);
                for (int run = 0; run < RUNS; run++) {
                    storage.accountSearch().search(query);
                }
                assertThat(serverPreparedSearches())
                        .as("server-side statements after '%s' by %s", text, order)
                        .isZero();
                assertThat(String.join("\n", storage.searchPlan(query)))
                        .as("plan of '%s' by %s after %d runs", text, order, RUNS)
                        .contains(SEARCH_INDEX);
            }
        }
    }

    @Test
    void commonTextWalksTheOrderInsteadOfReadingEveryMatch() throws SQLException {
        // "user_" is in every handle: the page fills from the first rows of the order.
        AccountQuery everyRow = query("user_", "-created");
        for (int run = 0; run < RUNS; run++) {
            assertThat(storage.accountSearch().search(everyRow).items()).hasSize(20);
        }
        assertThat(String.join("\n", storage.searchPlan(everyRow)))
                .doesNotContain(SEARCH_INDEX)
                .contains("platform_account_by_created");
        assertThat(serverPreparedSearches()).isZero();
    }

    /**
     * Common text walks its order's index and never leaves it for the rows it passes over: the index carries the keys
     * {@code strpos} tests (V6), so a walk that passes thousands of rows before its page fills (a common name in name
     * order: every 김민지 sorts together, after the names before it) filters them in the index (an Index Only Scan,
     * which visits the table only for a page not yet marked all-visible, to check visibility). Through the table
     * such a walk cost ~3 µs a row passed over (60-110 ms for {@code q=김민지&sort=name} on 100,000 accounts). The next
     * page, after the cursor, walks the same way.
     */
    @Test
    void commonTextWalksItsOrdersIndexWithoutReadingThePassedRows() throws SQLException {
        List<List<String>> orders = List.of(
                List.of("-created", "platform_account_by_created"),
                List.of("created", "platform_account_by_created"),
                List.of("name", "platform_account_by_name"),
                List.of("-name", "platform_account_by_name"),
                List.of("handle", "platform_account_handle_unique"),
                List.of("-followers", "platform_account_by_followers"));
        // "user_" and "_" are in every handle; "u" in every handle and some names; one ASCII character has no code.
        for (String text : List.of("user_", "_", "u")) {
            for (List<String> order : orders) {
                AccountQuery first = query(text, order.get(0));
                Page<AccountView> page = null;
                for (int run = 0; run < RUNS; run++) {
                    page = storage.accountSearch().search(first);
                }
                assertThat(page.items()).hasSize(20);
                AccountQuery next = new AccountQuery(
                        first.platform(),
                        text,
                        null,
                        null,
                        first.order(),
                        20,
                        SearchCursor.decode(page.nextCursor(), first.order()).orElseThrow());
                for (String shown : List.of(
                        String.join("\n", storage.searchPlan(first)), String.join("\n", storage.searchPlan(next)))) {
                    assertThat(shown)
                            .as("plan of '%s' by %s", text, order.get(0))
                            .contains("Index Only Scan")
                            .contains(order.get(1))
                            .doesNotContain(SEARCH_INDEX);
                }
            }
        }
        assertThat(serverPreparedSearches()).isZero();
    }

    /**
     * Search statements kept prepared on the server by the pool's one connection. Only such a statement can be given a
     * generic plan (whether PostgreSQL then prefers it depends on the costs of the plans it has made so far, which
     * is why the test asks for none rather than waiting for a switch).
     */
    private static long serverPreparedSearches() throws SQLException {
        try (Connection connection = onePool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_prepared_statements "
                        + "WHERE statement LIKE '%FROM platform_account a WHERE%'")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A first page of 20 on platform {@code a}: {@code text} in {@code order} (as the API spells it). */
    static AccountQuery query(String text, String order) {
        return new AccountQuery(
                PlatformCode.of("a"),
                text,
                null,
                null,
                AccountOrder.parse(order).orElseThrow(),
                20,
                null);
    }

    /** Handles {@code user_<n>}, one person in five named 김민지, the rest of a few dozen names. */
    private static List<NewAccount> roster() {
        String[] names = {"이서준", "박지우", "최하은", "정민수", "강서연", "Olivia Kim", "Liam Park", "조현우"};
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<NewAccount> accounts = new ArrayList<>(ACCOUNTS);
        for (int i = 0; i < ACCOUNTS; i++) {
            Instant at = start.plusSeconds(i);
            String name = i % 5 == 0 ? "김민지" : names[i % names.length];
            String handle = "user_" + i;
            accounts.add(new NewAccount(
                    AccountId.next(at),
                    InfluencerId.next(at),
                    new PersonIdentity(PersonName.of(name), PhoneNumber.ofE164("+8210" + (20_000_000 + i))),
                    PlatformCode.of("a"),
                    new AccountDetails(Handle.of(handle), null, i % 3 == 0 ? handle + "@naver.com" : null, null),
                    at));
        }
        return accounts;
    }
}

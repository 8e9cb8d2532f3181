package dev.roster.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.postgres.mapping.SearchGrams;
import dev.roster.application.query.AccountView;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Accounts stored before V6 held only their bigrams; V6 gives them their characters too, so a one-character search
 * finds them through the search index, as it finds accounts stored since.
 */
class PostgresSearchCharactersMigrationTest {

    @Test
    void accountsStoredBeforeV6AreFoundByOneCharacter() {
        TestDatabase database = TestDatabase.shared();
        String schema = database.applicationName() + "_v6";
        database.execute("CREATE SCHEMA " + schema);
        PostgresSettings own = database.settings();
        String url = own.jdbcUrl().replace("currentSchema=" + database.applicationName(), "currentSchema=" + schema);
        try (HikariDataSource pool = PostgresPool.open(PostgresSettings.of(url, own.user(), own.password()))) {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(PostgresMigrations.LOCATION)
                    .target("5")
                    .load()
                    .migrate();
            // As the adapter wrote rows before V6: bigram codes only.
            database.execute("INSERT INTO " + schema + ".influencer VALUES ('00000000-0000-7000-8000-000000000001', "
                    + "'Straße Kim', '+821012345678', '+821012345678 straße kim', 'straße kim', 1, now(), now());"
                    + "INSERT INTO " + schema + ".platform_account (id, influencer_id, platform, handle, handle_key, "
                    + "name_key, email, email_key, name_grams, account_grams, version, created_at, updated_at) VALUES "
                    + "('00000000-0000-7000-8000-000000000002', '00000000-0000-7000-8000-000000000001', 'a', "
                    + "'Minji_Q', 'minji_q', 'straße kim', 'x@민지.kr', 'x@민지.kr', '"
                    + SearchGrams.literal(SearchGrams.of("straße kim")) + "', '"
                    + SearchGrams.literal(SearchGrams.of("minji_q", "x@민지.kr")) + "', 1, now(), now())");

            assertThat(PostgresMigrations.migrate(pool)).isPositive();

            // Few candidates, so each search requires the search codes (SearchStatement.page): a row without its
            // characters would not be found, whichever way PostgreSQL reads this one-row table.
            PostgresStorage storage = PostgresStorage.create(pool);
            for (String text : List.of("ß", "q", "민", "@", "straße")) {
                for (String order : List.of("-created", "name", "handle")) {
                    List<AccountView> found = storage.accountSearch()
                            .search(PostgresSearchPlanTest.query(text, order))
                            .items();
                    assertThat(found).as("'%s' by %s", text, order).hasSize(1);
                }
            }
        } finally {
            database.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}

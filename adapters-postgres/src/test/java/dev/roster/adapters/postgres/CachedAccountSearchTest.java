package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.AccountSearchContract;
import org.junit.jupiter.api.AfterEach;

/** The AccountSearch contract against a real PostgreSQL, through the store a server runs: account pages kept in memory. */
class CachedAccountSearchTest extends AccountSearchContract {

    private PostgresStorage cached;

    @Override
    protected RosterStorage emptyStorage() {
        TestDatabase database = TestDatabase.shared();
        cached = database.emptyStorageWithAccountCache(database.pool(), 1_000);
        return cached;
    }

    @AfterEach
    void closeStore() throws Exception {
        cached.close();
    }
}

package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.AccountSearchContract;

/** The AccountSearch contract against a real PostgreSQL. */
class PostgresAccountSearchTest extends AccountSearchContract {

    @Override
    protected RosterStorage emptyStorage() {
        return TestDatabase.shared().emptyStorage();
    }
}

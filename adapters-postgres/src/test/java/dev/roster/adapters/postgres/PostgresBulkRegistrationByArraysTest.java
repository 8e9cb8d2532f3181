package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.BulkRegistrationContract;

/** The BulkRegistration contract against a real PostgreSQL, the rows sent as arrays (the store's earlier way). */
class PostgresBulkRegistrationByArraysTest extends BulkRegistrationContract {

    @Override
    protected RosterStorage emptyStorage() {
        return TestDatabase.shared().emptyStorage(PostgresStorage.BulkLoad.ARRAYS);
    }
}

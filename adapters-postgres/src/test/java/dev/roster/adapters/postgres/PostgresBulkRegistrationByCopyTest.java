package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.BulkRegistrationContract;

/** The BulkRegistration contract against a real PostgreSQL, the rows copied in binary through staging tables. */
class PostgresBulkRegistrationByCopyTest extends BulkRegistrationContract {

    @Override
    protected RosterStorage emptyStorage() {
        return TestDatabase.shared().emptyStorage(PostgresStorage.BulkLoad.COPY);
    }
}

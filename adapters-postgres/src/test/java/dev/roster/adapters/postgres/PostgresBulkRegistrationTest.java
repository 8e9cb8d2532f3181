package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.BulkRegistrationContract;

/** The BulkRegistration contract against a real PostgreSQL. */
class PostgresBulkRegistrationTest extends BulkRegistrationContract {

    @Override
    protected RosterStorage emptyStorage() {
        return TestDatabase.shared().emptyStorage();
    }
}

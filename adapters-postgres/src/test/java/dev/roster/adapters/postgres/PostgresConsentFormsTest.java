package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.ConsentFormsContract;

/** The ConsentForms contract against a real PostgreSQL. */
class PostgresConsentFormsTest extends ConsentFormsContract {

    @Override
    protected RosterStorage emptyStorage() {
        return TestDatabase.shared().emptyStorage();
    }
}

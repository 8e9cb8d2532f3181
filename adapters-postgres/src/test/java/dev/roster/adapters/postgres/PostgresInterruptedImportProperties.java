package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.InterruptedImportProperties;

/** An interrupted import run again ends as one uninterrupted run, on PostgreSQL. */
class PostgresInterruptedImportProperties extends InterruptedImportProperties {

    @Override
    protected RosterStorage emptyStorage() {
        return TestDatabase.shared().emptyStorage();
    }
}

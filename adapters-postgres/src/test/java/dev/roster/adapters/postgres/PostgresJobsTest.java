package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.JobsContract;

/** The Jobs contract against a real PostgreSQL. */
class PostgresJobsTest extends JobsContract {

    @Override
    protected RosterStorage emptyStorage() {
        return TestDatabase.shared().emptyStorage();
    }
}

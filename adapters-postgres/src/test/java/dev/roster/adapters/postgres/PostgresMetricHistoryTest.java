package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.MetricHistoryContract;

/** The MetricHistory contract against a real PostgreSQL. */
class PostgresMetricHistoryTest extends MetricHistoryContract {

    @Override
    protected RosterStorage emptyStorage() {
        return TestDatabase.shared().emptyStorage();
    }
}

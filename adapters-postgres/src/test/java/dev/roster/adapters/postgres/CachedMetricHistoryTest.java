package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.MetricHistoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The MetricHistory contract against a real PostgreSQL, through the store a server runs: account pages kept in memory. */
class CachedMetricHistoryTest extends MetricHistoryContract {

    @RegisterExtension
    final CachedStore store = new CachedStore();

    @Override
    protected RosterStorage emptyStorage() {
        return store.open();
    }
}

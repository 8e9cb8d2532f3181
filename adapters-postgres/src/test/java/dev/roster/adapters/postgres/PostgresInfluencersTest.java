package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.InfluencersContract;

/** The Influencers contract against a real PostgreSQL. */
class PostgresInfluencersTest extends InfluencersContract {

    @Override
    protected RosterStorage emptyStorage() {
        return TestDatabase.shared().emptyStorage();
    }
}

package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.RosterActionChain;

/** Random sequences of staff actions keep the roster's invariants on PostgreSQL too. */
class PostgresRosterProperties extends RosterActionChain {

    @Override
    protected RosterStorage emptyStorage() {
        return TestDatabase.shared().emptyStorage();
    }
}

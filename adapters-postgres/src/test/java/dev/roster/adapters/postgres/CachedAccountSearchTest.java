package dev.roster.adapters.postgres;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.AccountSearchContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AccountSearch contract against a real PostgreSQL, through the store a server runs: account pages kept in memory. */
class CachedAccountSearchTest extends AccountSearchContract {

    @RegisterExtension
    final CachedStore store = new CachedStore();

    @Override
    protected RosterStorage emptyStorage() {
        return store.open();
    }
}

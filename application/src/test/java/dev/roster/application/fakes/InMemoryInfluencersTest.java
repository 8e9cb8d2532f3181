package dev.roster.application.fakes;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.InfluencersContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests over it mean something. */
class InMemoryInfluencersTest extends InfluencersContract {

    @Override
    protected RosterStorage emptyStorage() {
        return new InMemoryStorage();
    }
}

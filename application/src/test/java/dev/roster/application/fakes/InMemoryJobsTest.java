package dev.roster.application.fakes;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.JobsContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests over it mean something. */
class InMemoryJobsTest extends JobsContract {

    @Override
    protected RosterStorage emptyStorage() {
        return new InMemoryStorage();
    }
}

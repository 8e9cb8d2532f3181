package dev.roster.application.fakes;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.RosterActionChain;

class InMemoryRosterProperties extends RosterActionChain {

    @Override
    protected RosterStorage emptyStorage() {
        return new InMemoryStorage();
    }
}

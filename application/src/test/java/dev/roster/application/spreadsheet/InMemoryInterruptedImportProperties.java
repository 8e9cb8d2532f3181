package dev.roster.application.spreadsheet;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.InterruptedImportProperties;

/** An interrupted import run again ends as one uninterrupted run, on the in-memory store the use cases are tested on. */
class InMemoryInterruptedImportProperties extends InterruptedImportProperties {

    @Override
    protected RosterStorage emptyStorage() {
        return new InMemoryStorage();
    }
}

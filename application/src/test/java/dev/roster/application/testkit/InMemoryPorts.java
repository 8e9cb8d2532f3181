package dev.roster.application.testkit;

import dev.roster.application.Roster;
import dev.roster.application.port.RosterStorage;
import java.time.Clock;

/**
 * A roster with every capability, its ports other than the store in memory: what the tests of a transport serve, since
 * the API needs them all. Test sources only.
 */
public final class InMemoryPorts {

    private InMemoryPorts() {}

    /** A builder over {@code storage} given every other port in memory; more can be set before building. */
    public static Roster.Builder everyCapability(RosterStorage storage) {
        TextSheets sheets = new TextSheets();
        return Roster.builder()
                .storage(storage)
                .files(new InMemoryFileStore(Clock.systemUTC()))
                .collection(new InMemoryJobQueue())
                .spreadsheets(sheets, sheets, new InMemoryJobQueue())
                .reports(new InMemoryJobQueue())
                .consent(new TextPdfInspector());
    }
}

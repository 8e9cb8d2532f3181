package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.InterruptedImportProperties;
import dev.roster.application.testkit.Interruption;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** An interrupted import run again ends as one uninterrupted run, on Roster's DynamoDB test server. */
class DynamoInterruptedImportProperties extends InterruptedImportProperties {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }

    /** Emptying the tables item by item takes most of a try here: fewer tries, the same property. */
    @Override
    @Property(tries = 3)
    public void anImportRunAgainAfterAnInterruptionEndsAsOneUninterruptedRun(
            @ForAll long seed,
            @ForAll @IntRange(min = 501, max = 1_250) int rows,
            @ForAll Interruption.Step step,
            @ForAll @IntRange(min = 0, max = 1_250) int strikeAtRow)
            throws Exception {
        super.anImportRunAgainAfterAnInterruptionEndsAsOneUninterruptedRun(seed, rows, step, strikeAtRow);
    }
}

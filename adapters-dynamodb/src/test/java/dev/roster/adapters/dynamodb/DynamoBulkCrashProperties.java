package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.BulkRegistration.Steps.Phase;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.account.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A random batch (people with several accounts, handles twice, a person and a handle stored before) killed at a random
 * step of the bulk write order, then run again after the lease, ends as one uninterrupted run
 * ({@link DynamoBulkCrashTest#killedThenRunAgainEndsAsOnce}).
 */
class DynamoBulkCrashProperties {

    /** Each try empties the tables three times: few tries, each a different batch and kill point. */
    @Property(tries = 6)
    void aBatchKilledAnywhereThenRunAgainAfterTheLeaseEndsAsOneUninterruptedRun(
            @ForAll long seed,
            @ForAll @IntRange(min = 5, max = 60) int entries,
            @ForAll Phase phase,
            @ForAll @IntRange(min = 1, max = 60) int done) {
        killedThenRunAgain(seed, entries, phase, done, 1);
    }

    /** The same with eight writers claiming the guards of independent entries at once when the kill strikes. */
    @Property(tries = 4)
    void aBatchKilledAmongConcurrentWritersThenRunAgainAfterTheLeaseEndsAsOneUninterruptedRun(
            @ForAll long seed,
            @ForAll @IntRange(min = 5, max = 60) int entries,
            @ForAll Phase phase,
            @ForAll @IntRange(min = 1, max = 60) int done) {
        killedThenRunAgain(seed, entries, phase, done, 8);
    }

    private static void killedThenRunAgain(long seed, int entries, Phase phase, int done, int writers) {
        DynamoBulkCrashTest.killedThenRunAgainEndsAsOnce(
                roster -> {
                    List<Registration> batch = new ArrayList<>();
                    for (RegisterAccountCommand command : commands(new Random(seed), entries)) {
                        batch.add(roster.accounts().validate(command));
                    }
                    return batch;
                },
                phase,
                done,
                writers);
    }

    private static List<RegisterAccountCommand> commands(Random random, int entries) {
        List<RegisterAccountCommand> commands = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            int person = random.nextInt(Math.max(1, entries / 2));
            String platform = random.nextBoolean() ? "a" : "b";
            String handle = random.nextInt(8) == 0 ? "h" + random.nextInt(i + 1) : "h" + i;
            if (random.nextInt(12) == 0) {
                commands.add(DynamoBulkCrashTest.command(platform, "Kim Minji", "010-1234-5678", handle));
            } else if (random.nextInt(12) == 0) {
                commands.add(DynamoBulkCrashTest.command("a", "Someone " + i, "010-9000-" + (1000 + i), "minji"));
            } else {
                commands.add(DynamoBulkCrashTest.command(
                        platform, "Person " + person, "010-7000-" + (1000 + person), handle));
            }
        }
        return commands;
    }
}

package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.schema.RosterTables;

/** The deployment's table names, prefix applied once. */
record Tables(String people, String keys, String metrics, String jobs, String changes, String collection) {

    static Tables of(String prefix) {
        return new Tables(RosterTables.PEOPLE.nameWith(prefix), RosterTables.KEYS.nameWith(prefix),
                RosterTables.METRICS.nameWith(prefix), RosterTables.JOBS.nameWith(prefix),
                RosterTables.CHANGES.nameWith(prefix), RosterTables.COLLECTION.nameWith(prefix));
    }
}

package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.schema.StoreSchema;

/** The deployment's table names, prefix applied once. */
record TableNames(String people, String keys, String metrics, String jobs, String changes, String collection) {

    static TableNames of(String prefix) {
        return new TableNames(
                StoreSchema.PEOPLE.nameWith(prefix),
                StoreSchema.KEYS.nameWith(prefix),
                StoreSchema.METRICS.nameWith(prefix),
                StoreSchema.JOBS.nameWith(prefix),
                StoreSchema.CHANGES.nameWith(prefix),
                StoreSchema.COLLECTION.nameWith(prefix));
    }
}

package dev.roster.application.collection;

import dev.roster.application.error.InvalidInputException;

/** The {@code limit} of a listing: a default when absent, refused when out of bounds. */
final class Limits {

    private Limits() {}

    static int check(Integer limit, int fallback, int max) {
        if (limit == null) {
            return fallback;
        }
        if (limit < 1 || limit > max) {
            throw InvalidInputException.of("limit", "must be 1-" + max);
        }
        return limit;
    }
}

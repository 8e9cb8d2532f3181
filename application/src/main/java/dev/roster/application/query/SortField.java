package dev.roster.application.query;

import java.util.Locale;

/** What accounts can be ordered by. Ties are always broken by account id, so the order is total and stable. */
public enum SortField {
    /** The handle, ignoring letter case. */
    HANDLE,
    /** The influencer's name, ignoring letter case. */
    NAME,
    /** When the account was registered. */
    CREATED,
    /** The latest followers figure; accounts without one sort as if they had -1. */
    FOLLOWERS;

    /** The name callers use: {@code handle}, {@code name}, {@code created}, {@code followers}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

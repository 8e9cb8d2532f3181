package dev.roster.adapters.postgres.jdbc;

import dev.roster.application.error.RosterException;

/** What a broken constraint means for one change: each write names the refusals it can meet. */
@FunctionalInterface
public interface Violations {

    /** A change that can break no constraint: any violation is a defect. */
    Violations NONE = constraint -> null;

    /** The refusal that a violation of {@code constraint} means here, or {@code null} if it cannot happen here. */
    RosterException explain(String constraint);
}

package dev.roster.application.error;

import java.util.Objects;

/** The change clashes with what is stored: a duplicate, or an edit made against an old version. */
public final class ConflictException extends RosterException {

    /** Why a change was refused. */
    public enum Reason {
        /** Another influencer already has this name and phone number. */
        DUPLICATE_PERSON,
        /** Another account on this platform already has this handle. */
        DUPLICATE_HANDLE,
        /** Something with this id already exists. */
        DUPLICATE_ID,
        /** Someone changed it since the caller read it. */
        STALE_VERSION
    }

    private final Reason reason;

    public ConflictException(Reason reason, String message) {
        super(message, null, true);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}

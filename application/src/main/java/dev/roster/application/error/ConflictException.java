package dev.roster.application.error;

import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.platform.PlatformCode;
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

    /** Another influencer has this name and phone; worded here once for every store. */
    public static ConflictException duplicatePerson(PersonIdentity identity) {
        return new ConflictException(
                Reason.DUPLICATE_PERSON,
                "an influencer named " + identity.name() + " with phone " + identity.phone() + " exists");
    }

    public static ConflictException duplicateHandle(PlatformCode platform, Handle handle) {
        return new ConflictException(
                Reason.DUPLICATE_HANDLE, "handle " + handle + " is already registered on platform " + platform);
    }

    public static ConflictException duplicateId(String kind, String id) {
        return new ConflictException(Reason.DUPLICATE_ID, kind + " " + id + " exists");
    }

    public static ConflictException stale(String kind, String id) {
        return new ConflictException(Reason.STALE_VERSION, kind + " " + id + " has changed since it was read");
    }
}

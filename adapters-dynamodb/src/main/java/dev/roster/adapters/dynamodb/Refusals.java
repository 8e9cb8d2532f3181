package dev.roster.adapters.dynamodb;

import dev.roster.application.error.ConflictException;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.platform.PlatformCode;

/** The conflicts the store refuses changes with, worded once. */
final class Refusals {

    private Refusals() {
    }

    static ConflictException duplicatePerson(PersonIdentity identity) {
        return new ConflictException(ConflictException.Reason.DUPLICATE_PERSON,
                "an influencer named " + identity.name() + " with phone " + identity.phone() + " exists");
    }

    static ConflictException duplicateHandle(PlatformCode platform, Handle handle) {
        return new ConflictException(ConflictException.Reason.DUPLICATE_HANDLE,
                "handle " + handle + " is already registered on platform " + platform);
    }

    static ConflictException duplicateId(String kind, String id) {
        return new ConflictException(ConflictException.Reason.DUPLICATE_ID, kind + " " + id + " exists");
    }

    static ConflictException stale(String kind, String id) {
        return new ConflictException(ConflictException.Reason.STALE_VERSION,
                kind + " " + id + " has changed since it was read");
    }
}

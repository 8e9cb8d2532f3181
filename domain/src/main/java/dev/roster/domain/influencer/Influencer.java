package dev.roster.domain.influencer;

import java.time.Instant;
import java.util.Objects;

/**
 * A person on the agency's roster, known by name and phone number. Their platform accounts refer to them by id, so
 * adding an account never competes with an edit of the person.
 *
 * @param version the version this copy was read at; a store accepts an edit only against the current one
 */
public record Influencer(InfluencerId id, PersonIdentity identity, long version, Instant createdAt, Instant updatedAt) {

    public Influencer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("an influencer cannot be updated before it was created");
        }
    }

    /** A new person at their first version. */
    public static Influencer register(InfluencerId id, PersonIdentity identity, Instant now) {
        return new Influencer(id, identity, 1, now, now);
    }

    public PersonName name() {
        return identity.name();
    }

    public PhoneNumber phone() {
        return identity.phone();
    }

    /** This person under a new name or number, still at the version it was read at. */
    public Influencer withIdentity(PersonIdentity newIdentity, Instant now) {
        return new Influencer(id, newIdentity, version, createdAt, now.isBefore(createdAt) ? createdAt : now);
    }

    /** This person as a store keeps them after accepting an edit: one version on. */
    public Influencer nextVersion() {
        return new Influencer(id, identity, version + 1, createdAt, updatedAt);
    }
}

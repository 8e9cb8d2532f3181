package dev.roster.domain.influencer;

import java.util.Objects;

/**
 * What makes two records the same person: the name (in any letter case) together with the phone number. No two
 * influencers share one.
 */
public record PersonIdentity(PersonName name, PhoneNumber phone) {

    public PersonIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
    }

    /** A single string that is equal for equal identities, for stores to put a unique index on. */
    public String key() {
        return phone.e164() + " " + name.key();
    }
}

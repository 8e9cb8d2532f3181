package dev.roster.application.port;

import dev.roster.application.error.ConflictException;
import dev.roster.domain.influencer.PlatformAccount;
import java.util.Objects;

/** What became of one entry of a bulk registration. */
public sealed interface RegistrationResult {

    /** The account was stored, for an existing person or a new one. */
    record Registered(PlatformAccount account) implements RegistrationResult {

        public Registered {
            Objects.requireNonNull(account, "account");
        }
    }

    /** The account was refused; nothing of this entry was stored. */
    record Refused(ConflictException conflict) implements RegistrationResult {

        public Refused {
            Objects.requireNonNull(conflict, "conflict");
        }
    }
}

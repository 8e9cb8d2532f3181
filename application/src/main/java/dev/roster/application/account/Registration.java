package dev.roster.application.account;

import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.platform.Platform;
import java.util.Objects;

/** A registration that passed every rule and is ready to save. */
public record Registration(Platform platform, PersonIdentity identity, AccountDetails details) {

    public Registration {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(details, "details");
    }
}

package dev.roster.application.port;

import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.platform.PlatformCode;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a bulk registration: an account for the person with {@code identity}, whoever holds that identity when
 * it is stored.
 *
 * @param id             the new account's id
 * @param newInfluencerId the id the person gets if they have to be created
 * @param at             when the account (and, if new, the person) is registered
 */
public record NewAccount(
        AccountId id,
        InfluencerId newInfluencerId,
        PersonIdentity identity,
        PlatformCode platform,
        AccountDetails details,
        Instant at) {

    public NewAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(newInfluencerId, "newInfluencerId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(at, "at");
    }
}

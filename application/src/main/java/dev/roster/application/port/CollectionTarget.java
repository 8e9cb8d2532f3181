package dev.roster.application.port;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.platform.PlatformCode;
import java.net.URI;
import java.util.Objects;

/** The account a {@link MetricSource} is asked to read, and where its profile page is. */
public record CollectionTarget(AccountId account, PlatformCode platform, Handle handle, URI profileUrl) {

    public CollectionTarget {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(profileUrl, "profileUrl");
    }
}

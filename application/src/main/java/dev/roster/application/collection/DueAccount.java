package dev.roster.application.collection;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import java.net.URI;
import java.util.Objects;

/** An account a collector should read now, and the page to read. */
public record DueAccount(AccountId id, Handle handle, URI profileUrl) {

    public DueAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(profileUrl, "profileUrl");
    }
}

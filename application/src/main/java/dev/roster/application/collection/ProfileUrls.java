package dev.roster.application.collection;

import dev.roster.domain.influencer.PlatformAccount;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Where an account's profile page is: its own URL, or the platform's template filled with its handle. */
public final class ProfileUrls {

    private ProfileUrls() {}

    /** The account's profile page, or empty when it has no URL and the platform no template. */
    public static Optional<URI> of(PlatformAccount account, PlatformCollection settings) {
        String own = account.details().profileUrl();
        if (own != null) {
            return Optional.of(URI.create(own));
        }
        if (settings.profileUrlTemplate() == null) {
            return Optional.empty();
        }
        // Handles are checked on entry, but encoding keeps a stray character from changing the URL's meaning.
        String handle = URLEncoder.encode(account.handle().value(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Optional.of(URI.create(settings.profileUrlTemplate().replace(PlatformCollection.HANDLE, handle)));
    }
}

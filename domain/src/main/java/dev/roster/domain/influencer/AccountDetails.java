package dev.roster.domain.influencer;

import java.util.Objects;

/**
 * What staff type about a platform account. Every field but the handle may be absent ({@code null}). The bounds keep
 * every stored record small, whatever the store.
 *
 * @param handle     the user name on the platform, unique per platform
 * @param profileUrl an absolute http(s) URL of the profile, or {@code null}
 * @param email      the contact address for this account (not the person), or {@code null}
 * @param notes      free text, or {@code null}
 */
public record AccountDetails(Handle handle, String profileUrl, String email, String notes) {

    public static final int MAX_PROFILE_URL_LENGTH = 2048;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_NOTES_LENGTH = 2000;

    public AccountDetails {
        Objects.requireNonNull(handle, "handle");
        requireBounded("profileUrl", profileUrl, MAX_PROFILE_URL_LENGTH);
        requireBounded("email", email, MAX_EMAIL_LENGTH);
        requireBounded("notes", notes, MAX_NOTES_LENGTH);
    }

    private static void requireBounded(String field, String value, int max) {
        if (value != null) {
            Text.requireLength(field, value, max);
        }
    }
}

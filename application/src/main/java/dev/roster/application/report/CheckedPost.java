package dev.roster.application.report;

import dev.roster.application.port.PostOutcome;
import java.net.URI;
import java.util.Objects;

/** A post's status as a report tells it, with the reason staff read beside it (or {@code null}). */
record CheckedPost(PostStatus status, String reason) {

    CheckedPost {
        Objects.requireNonNull(status, "status");
    }

    /**
     * @param profile the row's profile URL, or {@code null}: a live post by someone else is live, saying so
     */
    static CheckedPost of(PostOutcome outcome, URI profile) {
        if (outcome instanceof PostOutcome.Live live) {
            boolean someoneElse = profile != null && live.author() != null && !ProfileKey.same(profile, live.author());
            return new CheckedPost(
                    PostStatus.LIVE,
                    someoneElse ? "the post's author is " + live.author() + ", not the row's profile" : null);
        }
        if (outcome instanceof PostOutcome.Deleted deleted) {
            return new CheckedPost(PostStatus.DELETED, deleted.reason());
        }
        if (outcome instanceof PostOutcome.Private hidden) {
            return new CheckedPost(PostStatus.PRIVATE, hidden.reason());
        }
        if (outcome instanceof PostOutcome.Restricted restricted) {
            return new CheckedPost(PostStatus.RESTRICTED, restricted.reason());
        }
        if (outcome instanceof PostOutcome.RateLimited) {
            return new CheckedPost(PostStatus.UNKNOWN, "the platform kept answering \"too many requests\"");
        }
        return new CheckedPost(PostStatus.UNKNOWN, ((PostOutcome.Unknown) outcome).reason());
    }
}

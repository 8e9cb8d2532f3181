package dev.roster.application.report;

import dev.roster.application.collection.RateLimitedCall;
import dev.roster.application.collection.RateLimiter;
import dev.roster.application.port.CommentPage;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * A post source (posts and pages of comments) asked within the platform's rate limit, the limiter metric collection uses, and asked again on "too
 * many requests" as collection does; a post still refused then is unknown, never deleted.
 */
final class RateLimitedPosts implements PostSource {

    private static final PostOutcome GAVE_UP = new PostOutcome.Unknown(
            "the platform kept answering \"too many " + "requests\" after " + RateLimitedCall.TRIES + " tries");

    private final PostSource source;
    private final RateLimitedCall<PostOutcome> checks;
    private final RateLimitedCall<CommentPage> pages;

    RateLimitedPosts(PostSource source, RateLimiter limiter) {
        this.source = source;
        this.checks = new RateLimitedCall<>(limiter, RateLimitedPosts::limitedFor, PostOutcome.RateLimited::new);
        this.pages = new RateLimitedCall<>(
                limiter,
                page -> limitedFor(page.status()),
                wait -> CommentPage.without(new PostOutcome.RateLimited(wait)));
    }

    @Override
    public PostOutcome check(URI post) {
        try {
            PostOutcome outcome = checks.call(() -> source.check(post));
            return outcome instanceof PostOutcome.RateLimited ? GAVE_UP : outcome;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new PostOutcome.Unknown("interrupted while waiting for the rate limit");
        }
    }

    @Override
    public CommentPage comments(URI page) {
        try {
            CommentPage read = pages.call(() -> source.comments(page));
            return read.status() instanceof PostOutcome.RateLimited ? CommentPage.without(GAVE_UP) : read;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return CommentPage.without(new PostOutcome.Unknown("interrupted while waiting for the rate limit"));
        }
    }

    @Override
    public int maxCommentPages() {
        return source.maxCommentPages();
    }

    private static Optional<Duration> limitedFor(PostOutcome outcome) {
        return outcome instanceof PostOutcome.RateLimited limited
                ? Optional.of(limited.retryAfter())
                : Optional.empty();
    }
}

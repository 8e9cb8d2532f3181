package dev.roster.application.report;

import dev.roster.application.collection.RateLimitedCall;
import dev.roster.application.collection.RateLimiter;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import java.net.URI;
import java.util.Optional;

/**
 * A post source asked within the platform's rate limit, the limiter metric collection uses, and asked again on "too
 * many requests" as collection does; a post still refused then is unknown, never deleted.
 */
final class RateLimitedPosts implements PostSource {

    private final PostSource source;
    private final RateLimitedCall<PostOutcome> call;

    RateLimitedPosts(PostSource source, RateLimiter limiter) {
        this.source = source;
        this.call = new RateLimitedCall<>(limiter, outcome -> outcome instanceof PostOutcome.RateLimited limited
                ? Optional.of(limited.retryAfter()) : Optional.empty(), PostOutcome.RateLimited::new);
    }

    @Override
    public PostOutcome check(URI post) {
        try {
            PostOutcome outcome = call.call(() -> source.check(post));
            return outcome instanceof PostOutcome.RateLimited
                    ? new PostOutcome.Unknown("the platform kept answering \"too many requests\" after "
                            + RateLimitedCall.TRIES + " tries")
                    : outcome;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new PostOutcome.Unknown("interrupted while waiting for the rate limit");
        }
    }
}

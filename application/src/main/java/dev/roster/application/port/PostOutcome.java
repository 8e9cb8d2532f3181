package dev.roster.application.port;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** What reading a post's page came to: each way it can end is its own type, so none is forgotten. */
public sealed interface PostOutcome {

    /**
     * The post is published and public.
     *
     * @param author the post's author's profile URL as the page shows it, or {@code null} when the rules do not say
     */
    record Live(URI author) implements PostOutcome {}

    /** The platform says the post is gone (an HTTP status or a notice the rules name). */
    record Deleted(String reason) implements PostOutcome {}

    /** The post or its author is private: the public does not see it. */
    record Private(String reason) implements PostOutcome {}

    /** The post needs a login or an age check. */
    record Restricted(String reason) implements PostOutcome {}

    /** The platform asked us to slow down; try again after {@code retryAfter}. */
    record RateLimited(Duration retryAfter) implements PostOutcome {

        public RateLimited {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /**
     * It cannot be told: the network, a time-out, a server error, an address refused, a page the rules do not
     * recognise. Never taken for deleted.
     */
    record Unknown(String reason) implements PostOutcome {

        public Unknown {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

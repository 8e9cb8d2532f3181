package dev.roster.domain.influencer;

import java.time.Instant;

/**
 * The policy for what an account shows of its collections: the newest reading and the newest failure, by the instant
 * each was taken; at the same instant, the one that arrives last. A collector that reports late never hides what a
 * later collection found. The one home of this rule: the domain's {@link PlatformAccount#withMetrics} and every store
 * (PostgreSQL, DynamoDB, the in-memory fake) decide by it.
 */
public final class NewestWins {

    private NewestWins() {}

    /**
     * Whether what was taken at {@code arriving} replaces what was taken at {@code shown}.
     *
     * @param shown when what is shown now was taken, or {@code null} when nothing is shown yet
     */
    public static boolean replaces(Instant shown, Instant arriving) {
        return shown == null || !arriving.isBefore(shown);
    }
}

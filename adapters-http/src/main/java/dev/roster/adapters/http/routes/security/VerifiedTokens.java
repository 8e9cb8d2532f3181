package dev.roster.adapters.http.routes.security;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens already verified, each until it expires: a browser sends the same token with every request for up to
 * an hour, and checking its signature and claims each time cost a tenth of a request's time (docs/benchmarks.md). Only
 * tokens that passed every check are kept, under the exact text that passed, and never past their {@code exp}; the
 * table is bounded, and emptied when full.
 */
final class VerifiedTokens {

    private final int capacity;
    private final ConcurrentHashMap<String, Verified> tokens = new ConcurrentHashMap<>();

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    private record Verified(Caller caller, Instant expires) {}

    /** Who the token names, if it was verified before and has not expired since. */
    Optional<Caller> caller(String token, Instant now) {
        Verified verified = tokens.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!now.isBefore(verified.expires())) {
            tokens.remove(token, verified);
            return Optional.empty();
        }
        return Optional.of(verified.caller());
    }

    void remember(String token, Caller caller, Instant expires) {
        if (tokens.size() >= capacity) {
            // Rare (thousands of distinct live tokens): forgetting them all costs one verification each, no more.
            tokens.clear();
        }
        tokens.put(token, new Verified(caller, expires));
    }
}

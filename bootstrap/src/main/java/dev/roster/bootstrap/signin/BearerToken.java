package dev.roster.bootstrap.signin;

import java.util.Optional;

/** The bearer token a request to Roster's API carries now, if any: a given one, or a kept sign-in, refreshed. */
@FunctionalInterface
public interface BearerToken {

    /** The token to send with the next request; empty for a server that needs none. */
    Optional<String> current();

    /** No token: a local server in its open mode. */
    static BearerToken none() {
        return Optional::empty;
    }

    /** The same token every time ({@code --token}, {@code ROSTER_TOKEN}). */
    static BearerToken fixed(String token) {
        Optional<String> same = Optional.of(token);
        return () -> same;
    }
}

package dev.roster.adapters.http.routes.security;

/** What an {@link Authenticator} made of a request's credentials. */
public sealed interface Authentication {

    /** The credentials are good: this is the caller. */
    record Authenticated(Caller caller) implements Authentication {}

    /** No credentials were sent. */
    record Anonymous() implements Authentication {}

    /** Credentials were sent but are not good; {@code reason} is safe to tell the caller. */
    record Rejected(String reason) implements Authentication {}
}

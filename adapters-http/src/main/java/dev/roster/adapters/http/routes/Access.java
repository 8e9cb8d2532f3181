package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.security.Role;

/** Who may call a route: anyone who got past the IP allowlist, or a caller holding a role. */
public sealed interface Access {

    /** No token needed (health, the API description). */
    record Open() implements Access {}

    /** A token whose roles cover {@code role}. */
    record Needs(Role role) implements Access {}

    Access OPEN = new Open();

    static Access needs(Role role) {
        return new Needs(role);
    }
}

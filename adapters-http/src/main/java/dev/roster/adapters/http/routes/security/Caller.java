package dev.roster.adapters.http.routes.security;

import java.util.Objects;
import java.util.Set;

/** Who is calling, as their token (or the local open mode) says, and the roles they hold. */
public record Caller(String subject, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
    }

    public boolean may(Role required) {
        return roles.stream().anyMatch(role -> role.covers(required));
    }
}

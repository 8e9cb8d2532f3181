package dev.roster.adapters.http.routes.security;

import java.util.Locale;
import java.util.Optional;

/** What a caller may do: viewers read, editors also write, admins also delete and manage. */
public enum Role {
    VIEWER,
    EDITOR,
    ADMIN;

    /** Whether holding this role allows what {@code required} allows. */
    public boolean covers(Role required) {
        return ordinal() >= required.ordinal();
    }

    /** The role a group of that name grants ({@code viewer}, {@code editor}, {@code admin}, any letter case). */
    public static Optional<Role> ofGroup(String group) {
        for (Role role : values()) {
            if (role.name().equals(group.toUpperCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.roster.adapters.http.routes.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the roles a caller holds from the groups their token names in {@code cognito:groups}, as Cognito issues. */
final class GroupRoles {

    static final String GROUPS_CLAIM = "cognito:groups";

    private GroupRoles() {}

    static Set<Role> of(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups(claims.get(GROUPS_CLAIM)).forEach(group -> Role.ofGroup(group).ifPresent(roles::add));
        return roles;
    }

    /**
     * Groups come as a JSON array from a token, but as one string such as {@code [admin editor]} from API Gateway's
     * JWT authorizer, which flattens every claim to text.
     */
    private static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text) {
            String inner = text.strip();
            if (inner.startsWith("[") && inner.endsWith("]")) {
                inner = inner.substring(1, inner.length() - 1);
            }
            return Arrays.stream(inner.split("[,\\s]+"))
                    .map(group -> group.replace("\"", ""))
                    .filter(group -> !group.isBlank())
                    .toList();
        }
        return List.of();
    }
}

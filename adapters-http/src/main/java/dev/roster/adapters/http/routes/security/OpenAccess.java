package dev.roster.adapters.http.routes.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * The local open mode: no credentials, every caller acts as admin. Only for a server bound to loopback, which the
 * server refuses to start otherwise.
 */
public final class OpenAccess implements Authenticator {

    private static final Caller LOCAL_ADMIN = new Caller("local", EnumSet.allOf(Role.class));

    @Override
    public Authentication authenticate(Optional<String> authorization, Map<String, Object> verifiedClaims) {
        return new Authentication.Authenticated(LOCAL_ADMIN);
    }

    @Override
    public boolean requiresCredentials() {
        return false;
    }
}

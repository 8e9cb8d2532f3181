package dev.roster.adapters.http.routes.security;

import java.util.Map;
import java.util.Optional;

/**
 * Trusts the claims API Gateway's JWT authorizer verified before the request reached the function: the signature,
 * issuer, audience and expiry were checked there, so only the roles are read here.
 */
public final class GatewayClaimsAuthenticator implements Authenticator {

    @Override
    public Authentication authenticate(Optional<String> authorization, Map<String, Object> verifiedClaims) {
        Object subject = verifiedClaims.get("sub");
        if (subject == null) {
            return new Authentication.Anonymous();
        }
        return new Authentication.Authenticated(new Caller(String.valueOf(subject), GroupRoles.of(verifiedClaims)));
    }
}

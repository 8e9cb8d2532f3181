package dev.roster.adapters.http.routes.security;

import java.util.Map;
import java.util.Optional;

/**
 * Trusts the claims API Gateway's JWT authorizer verified before the request reached the function: the signature,
 * issuer, audience or client id and expiry were checked there. The authorizer takes Cognito's ID tokens as readily as
 * its access tokens, so {@code token_use} is checked here: only access tokens act on the API.
 */
public final class GatewayClaimsAuthenticator implements Authenticator {

    @Override
    public Authentication authenticate(Optional<String> authorization, Map<String, Object> verifiedClaims) {
        Object subject = verifiedClaims.get("sub");
        if (subject == null) {
            return new Authentication.Anonymous();
        }
        Object use = verifiedClaims.get("token_use");
        if (!"access".equals(use == null ? null : String.valueOf(use))) {
            return new Authentication.Rejected(
                    "send an access token (token_use \"access\"), not a token of use \"" + use + "\"");
        }
        return new Authentication.Authenticated(new Caller(String.valueOf(subject), GroupRoles.of(verifiedClaims)));
    }
}

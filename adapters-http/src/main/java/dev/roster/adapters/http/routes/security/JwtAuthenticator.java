package dev.roster.adapters.http.routes.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks bearer tokens the way Cognito issues them: signature (RS256 against the pool's JWKS, or HS256 against a
 * local secret), issuer, expiry (one minute of clock skew), audience or client id; {@code cognito:groups} give roles.
 * Unsigned tokens ({@code alg: none}) and any algorithm but the expected ones are refused.
 */
public final class JwtAuthenticator implements Authenticator {

    private static final String BEARER = "Bearer ";

    private final ConfigurableJWTProcessor<SecurityContext> processor;
    private final Optional<String> audience;

    public JwtAuthenticator(JwtSettings settings) {
        this.audience = settings.audienceIfAny();
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(settings.jwksUrl() != null
                ? new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                        JWKSourceBuilder.create(toUrl(settings)).retrying(true).build())
                : new JWSVerificationKeySelector<>(JWSAlgorithm.HS256,
                        new ImmutableSecret<>(settings.secret().getBytes(StandardCharsets.UTF_8))));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("sub", "exp", "iss")));
    }

    @Override
    public Authentication authenticate(Optional<String> authorization, Map<String, Object> verifiedClaims) {
        if (authorization.isEmpty()) {
            return new Authentication.Anonymous();
        }
        String header = authorization.get().strip();
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return new Authentication.Rejected("send the token as 'Authorization: Bearer <token>'");
        }
        try {
            JWTClaimsSet claims = processor.process(header.substring(BEARER.length()).strip(), null);
            if (!isForUs(claims)) {
                return new Authentication.Rejected("the token is for another audience");
            }
            return new Authentication.Authenticated(new Caller(claims.getSubject(), GroupRoles.of(claims.getClaims())));
        } catch (ParseException | BadJOSEException | JOSEException refused) {
            return new Authentication.Rejected("the token is not valid: " + refused.getMessage());
        }
    }

    private boolean isForUs(JWTClaimsSet claims) throws ParseException {
        if (audience.isEmpty()) {
            return true;
        }
        return claims.getAudience().contains(audience.get()) || audience.get().equals(claims.getStringClaim("client_id"));
    }

    private static java.net.URL toUrl(JwtSettings settings) {
        try {
            return settings.jwksUrl().toURL();
        } catch (MalformedURLException malformed) {
            throw new IllegalArgumentException("not a JWKS URL: " + settings.jwksUrl(), malformed);
        }
    }
}

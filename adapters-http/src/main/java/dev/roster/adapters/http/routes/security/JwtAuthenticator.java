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
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks bearer tokens the way Cognito issues them: signature (RS256 against the pool's JWKS, or HS256 against a
 * local secret), issuer, expiry (one minute of clock skew), {@code token_use} (an access token, or an ID token where
 * configured) and the app client it was issued to ({@code client_id} of an access token, {@code aud} of an ID token);
 * {@code cognito:groups} give roles. Unsigned tokens ({@code alg: none}) and any algorithm but the expected ones are
 * refused.
 */
public final class JwtAuthenticator implements Authenticator {

    private static final String BEARER = "Bearer ";

    private static final String TOKEN_USE = "token_use";

    /** Live tokens remembered: far more than an agency's staff hold at once. */
    private static final int REMEMBERED_TOKENS = 4_096;

    private final ConfigurableJWTProcessor<SecurityContext> processor;
    private final Optional<String> audience;
    private final boolean acceptIdTokens;
    private final VerifiedTokens verified = new VerifiedTokens(REMEMBERED_TOKENS);
    private final Clock clock;

    public JwtAuthenticator(JwtSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock when tokens remembered as verified expire */
    public JwtAuthenticator(JwtSettings settings, Clock clock) {
        this.clock = clock;
        this.audience = settings.audienceIfAny();
        this.acceptIdTokens = settings.acceptIdTokens();
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(
                settings.jwksUrl() != null
                        ? new JWSVerificationKeySelector<>(
                                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                                JWKSourceBuilder.create(toUrl(settings))
                                        .retrying(true)
                                        .build())
                        : new JWSVerificationKeySelector<>(
                                JWSAlgorithm.HS256,
                                new ImmutableSecret<>(settings.secret().getBytes(StandardCharsets.UTF_8))));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("sub", "exp", "iss", TOKEN_USE)));
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
        String token = header.substring(BEARER.length()).strip();
        Optional<Caller> known = verified.caller(token, clock.instant());
        if (known.isPresent()) {
            return new Authentication.Authenticated(known.get());
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            String use = claims.getStringClaim(TOKEN_USE);
            boolean access = "access".equals(use);
            if (!access && !(acceptIdTokens && "id".equals(use))) {
                return new Authentication.Rejected(
                        "send an access token (token_use \"access\"), not a token of use \"" + use + "\"");
            }
            if (!isForUs(claims, access)) {
                return new Authentication.Rejected("the token is for another audience");
            }
            Caller caller = new Caller(claims.getSubject(), GroupRoles.of(claims.getClaims()));
            verified.remember(token, caller, claims.getExpirationTime().toInstant());
            return new Authentication.Authenticated(caller);
        } catch (ParseException | BadJOSEException | JOSEException refused) {
            return new Authentication.Rejected("the token is not valid: " + refused.getMessage());
        }
    }

    /** Cognito names the app client in {@code client_id} of an access token, in {@code aud} of an ID token. */
    private boolean isForUs(JWTClaimsSet claims, boolean access) throws ParseException {
        if (audience.isEmpty()) {
            return true;
        }
        return access
                ? audience.get().equals(claims.getStringClaim("client_id"))
                : claims.getAudience().contains(audience.get());
    }

    private static java.net.URL toUrl(JwtSettings settings) {
        try {
            return settings.jwksUrl().toURL();
        } catch (MalformedURLException malformed) {
            throw new IllegalArgumentException("not a JWKS URL: " + settings.jwksUrl(), malformed);
        }
    }
}

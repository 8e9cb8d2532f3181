package dev.roster.adapters.http.routes.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Signs development tokens with the local secret, shaped like Cognito's access tokens, for {@code roster token}. */
public final class DevelopmentTokens {

    private final JwtSettings settings;
    private final Clock clock;

    public DevelopmentTokens(JwtSettings settings, Clock clock) {
        if (settings.secret() == null) {
            throw new IllegalArgumentException("development tokens are signed with a secret; none is configured");
        }
        this.settings = settings;
        this.clock = clock;
    }

    /** A token for {@code subject} in the group of {@code role}, valid for {@code validFor}. */
    public String issue(String subject, Role role, Duration validFor) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validFor)))
                .jwtID(UUID.randomUUID().toString())
                .claim("token_use", "access")
                .claim(GroupRoles.GROUPS_CLAIM, List.of(role.label()));
        settings.audienceIfAny().ifPresent(clientId -> claims.claim("client_id", clientId));
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            token.sign(new MACSigner(settings.secret().getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException unsignable) {
            throw new IllegalStateException("could not sign a development token", unsignable);
        }
        return token.serialize();
    }
}

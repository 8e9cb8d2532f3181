package dev.roster.adapters.http.routes.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/** Makes tokens for tests, good ones and every kind of bad one. */
public final class TokenFactory {

    public static final String ISSUER = "https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_test";
    public static final String AUDIENCE = "roster-web";
    public static final String SECRET = "a-local-development-secret-of-32+bytes";

    private TokenFactory() {}

    /** The claims of a Cognito access token: {@code token_use: access}, the app client in {@code client_id}. */
    public static JWTClaimsSet.Builder claims(String... groups) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("user-1")
                .claim("token_use", "access")
                .claim("client_id", AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("cognito:groups", List.of(groups));
    }

    /** The claims of a Cognito ID token: {@code token_use: id}, the app client in {@code aud}. */
    public static JWTClaimsSet.Builder idTokenClaims(String... groups) {
        return claims(groups).claim("token_use", "id").claim("client_id", null).audience(AUDIENCE);
    }

    public static String hs256(JWTClaimsSet claims) {
        return sign(claims, JWSAlgorithm.HS256, macSigner(SECRET));
    }

    public static String hs256(UnaryOperator<JWTClaimsSet.Builder> change, String... groups) {
        return hs256(change.apply(claims(groups)).build());
    }

    public static String sign(JWTClaimsSet claims, JWSAlgorithm algorithm, JWSSigner signer) {
        SignedJWT token = new SignedJWT(new JWSHeader(algorithm), claims);
        try {
            token.sign(signer);
        } catch (JOSEException unsignable) {
            throw new IllegalStateException(unsignable);
        }
        return token.serialize();
    }

    public static JWSSigner macSigner(String secret) {
        try {
            return new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException badKey) {
            throw new IllegalStateException(badKey);
        }
    }
}

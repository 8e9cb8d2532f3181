package dev.roster.adapters.http.routes.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * How bearer tokens are checked: who must have issued them, for whom, and with which keys: a JWKS URL (Cognito
 * publishes one per user pool) or a shared secret (tokens made by {@code roster token} for local development).
 *
 * @param audience the app client id tokens must be for ({@code aud} of ID tokens, {@code client_id} of access
 *                 tokens), or {@code null} to accept any
 */
public record JwtSettings(String issuer, String audience, URI jwksUrl, String secret) {

    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    public JwtSettings {
        Objects.requireNonNull(issuer, "issuer");
        if ((jwksUrl == null) == (secret == null)) {
            throw new IllegalArgumentException("tokens are checked against a JWKS URL or a secret: set exactly one");
        }
        if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the token secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (jwksUrl != null && !"https".equals(jwksUrl.getScheme()) && !isLoopback(jwksUrl)) {
            throw new IllegalArgumentException("the JWKS URL must use https: " + jwksUrl);
        }
    }

    public Optional<String> audienceIfAny() {
        return Optional.ofNullable(audience);
    }

    private static boolean isLoopback(URI url) {
        return "http".equals(url.getScheme())
                && ("localhost".equals(url.getHost()) || "127.0.0.1".equals(url.getHost()) || "[::1]".equals(url.getHost()));
    }
}

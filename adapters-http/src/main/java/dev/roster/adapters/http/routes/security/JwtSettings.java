package dev.roster.adapters.http.routes.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * How bearer tokens are checked: who must have issued them, for whom, and with which keys: a JWKS URL (Cognito
 * publishes one per user pool) or a shared secret (tokens made by {@code roster token} for local development).
 *
 * @param audience       the app client id tokens must be for ({@code client_id} of access tokens, {@code aud} of ID
 *                       tokens); required with a JWKS URL, {@code null} accepts any development token
 * @param acceptIdTokens whether Cognito's ID tokens ({@code token_use: id}) are taken as well as its access tokens;
 *                       off unless configured, since an ID token says who someone is, not what a client may do
 */
public record JwtSettings(String issuer, String audience, URI jwksUrl, String secret, boolean acceptIdTokens) {

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
        if (jwksUrl != null && (audience == null || audience.isBlank())) {
            throw new IllegalArgumentException(
                    "tokens of an issuer are checked for their app client id: set the " + "audience");
        }
    }

    /** Access tokens only: what a server takes unless told to take ID tokens too. */
    public JwtSettings(String issuer, String audience, URI jwksUrl, String secret) {
        this(issuer, audience, jwksUrl, secret, false);
    }

    public Optional<String> audienceIfAny() {
        return Optional.ofNullable(audience);
    }

    private static boolean isLoopback(URI url) {
        return "http".equals(url.getScheme())
                && ("localhost".equals(url.getHost())
                        || "127.0.0.1".equals(url.getHost())
                        || "[::1]".equals(url.getHost()));
    }
}

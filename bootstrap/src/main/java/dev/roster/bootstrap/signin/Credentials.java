package dev.roster.bootstrap.signin;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What {@code roster login} keeps for one server: where and as which app client to refresh, the refresh token, and the
 * current access token with the instant it expires.
 *
 * @param signedInAs who signed in (their email or user name), to tell the person; may be {@code null}
 */
public record Credentials(
        String server,
        URI tokenUrl,
        String clientId,
        String refreshToken,
        String accessToken,
        Instant accessTokenExpiresAt,
        String signedInAs) {

    /** Refreshed this long before the access token expires, so no request goes out with a token about to lapse. */
    public static final Duration REFRESH_AHEAD = Duration.ofMinutes(1);

    public Credentials {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
    }

    /** Whether the access token has expired, or will within {@link #REFRESH_AHEAD}. */
    public boolean needsRefresh(Instant now) {
        return !now.plus(REFRESH_AHEAD).isBefore(accessTokenExpiresAt);
    }

    /** These credentials with a new access token (and a new refresh token, when the server rotates them). */
    public Credentials refreshed(String newAccessToken, Instant expiresAt, String newRefreshToken) {
        return new Credentials(
                server,
                tokenUrl,
                clientId,
                newRefreshToken == null ? refreshToken : newRefreshToken,
                newAccessToken,
                expiresAt,
                signedInAs);
    }

    /** Keeps the tokens out of logs and stack traces. */
    @Override
    public String toString() {
        return "Credentials[server=" + server + ", clientId=" + clientId + ", signedInAs=" + signedInAs
                + ", accessTokenExpiresAt=" + accessTokenExpiresAt + "]";
    }
}

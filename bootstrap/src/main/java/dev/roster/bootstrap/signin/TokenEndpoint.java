package dev.roster.bootstrap.signin;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The authorization server's token endpoint, for a public client (no secret): trades an authorization code and its
 * PKCE verifier for tokens, and a refresh token for a new access token.
 */
public final class TokenEndpoint {

    /** The tokens an answer brought; {@code refreshToken} and {@code idToken} may be {@code null}. */
    public record Answer(String accessToken, Instant expiresAt, String refreshToken, String idToken) {

        @Override
        public String toString() {
            return "Answer[expiresAt=" + expiresAt + "]";
        }
    }

    /** The endpoint said no ({@code invalid_grant} and the like), in its words. */
    public static final class Refused extends Exception {

        Refused(ErrorObject error) {
            super(error.getCode() + (error.getDescription() == null ? "" : ": " + error.getDescription()));
        }
    }

    private static final int TIMEOUT_MILLIS = (int) Duration.ofSeconds(30).toMillis();

    private final URI url;
    private final ClientID client;
    private final Clock clock;

    public TokenEndpoint(URI url, String clientId, Clock clock) {
        this.url = url;
        this.client = new ClientID(clientId);
        this.clock = clock;
    }

    /** Trades the code the browser brought back (with the verifier of its challenge) for tokens. */
    public Answer exchange(String code, URI redirectUri, CodeVerifier verifier) throws Refused {
        return ask(new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri, verifier));
    }

    /** A new access token for the refresh token. */
    public Answer refresh(String refreshToken) throws Refused {
        return ask(new RefreshTokenGrant(new RefreshToken(refreshToken)));
    }

    private Answer ask(AuthorizationGrant grant) throws Refused {
        Instant asked = clock.instant();
        HTTPRequest request = new TokenRequest(url, client, grant).toHTTPRequest();
        request.setConnectTimeout(TIMEOUT_MILLIS);
        request.setReadTimeout(TIMEOUT_MILLIS);
        TokenResponse response;
        try {
            response = TokenResponse.parse(request.send());
        } catch (IOException unreachable) {
            throw new UncheckedIOException("could not reach " + url + ": " + unreachable.getMessage(), unreachable);
        } catch (ParseException garbled) {
            throw new UncheckedIOException(
                    "the token endpoint " + url + " answered something else than tokens: " + garbled.getMessage(),
                    new IOException(garbled));
        }
        if (!response.indicatesSuccess()) {
            throw new Refused(response.toErrorResponse().getErrorObject());
        }
        Tokens tokens = response.toSuccessResponse().getTokens();
        long lifetime = tokens.getAccessToken().getLifetime();
        Object idToken = response.toSuccessResponse().getCustomParameters().get("id_token");
        return new Answer(
                tokens.getAccessToken().getValue(),
                // Without a lifetime, the token is taken as expiring now: refreshed before its next use.
                asked.plusSeconds(Math.max(0, lifetime)),
                Optional.ofNullable(tokens.getRefreshToken())
                        .map(RefreshToken::getValue)
                        .orElse(null),
                idToken instanceof String id ? id : null);
    }
}

package dev.roster.bootstrap.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Signs a person in through their browser, as command-line tools do (RFC 8252): the authorization code flow with PKCE
 * (S256) and a random state, the browser sent back to a loopback address this process listens on, the code traded for
 * tokens with the verifier only this process knows.
 */
public final class BrowserLogin {

    private final SignInSettings settings;
    private final Clock clock;

    public BrowserLogin(SignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** What the person is asked to open, and what checks the answer. */
    public final class Attempt {

        private final CodeVerifier verifier = new CodeVerifier();
        private final State state = new State();
        private final URI redirectUri;

        private Attempt(URI redirectUri) {
            this.redirectUri = redirectUri;
        }

        /** The authorization request, as the address to open in a browser. */
        public URI url() {
            return new AuthorizationRequest.Builder(
                            new ResponseType(ResponseType.Value.CODE), new ClientID(settings.clientId()))
                    .endpointURI(settings.authorizeUrl())
                    .redirectionURI(redirectUri)
                    .scope(Scope.parse(settings.scopes()))
                    .state(state)
                    .codeChallenge(verifier, CodeChallengeMethod.S256)
                    .build()
                    .toURI();
        }

        /**
         * Checks the address the browser came back to and trades its code for the server's credentials.
         *
         * @throws LoginFailedException when the state is not this attempt's, consent was refused, or the code was
         */
        public Credentials finish(String server, URI callback) {
            AuthorizationResponse response;
            try {
                response = AuthorizationResponse.parse(callback);
            } catch (ParseException garbled) {
                throw new LoginFailedException(
                        "the browser came back without a code or an error: " + garbled.getMessage());
            }
            // The state first, whatever the answer: an answer for another attempt (a forged or stale link) is not ours.
            if (!state.equals(response.getState())) {
                throw new LoginFailedException("the browser came back with another sign-in's state, so the answer was "
                        + "not for this login (a stale or forged link): run roster login again");
            }
            if (!response.indicatesSuccess()) {
                ErrorObject error = ((AuthorizationErrorResponse) response).getErrorObject();
                throw new LoginFailedException("the sign-in was refused (" + describe(error) + ")");
            }
            TokenEndpoint.Answer answer;
            try {
                answer = new TokenEndpoint(settings.tokenUrl(), settings.clientId(), clock)
                        .exchange(
                                response.toSuccessResponse()
                                        .getAuthorizationCode()
                                        .getValue(),
                                redirectUri,
                                verifier);
            } catch (TokenEndpoint.Refused refused) {
                throw new LoginFailedException("the token endpoint refused the code (" + refused.getMessage() + ")");
            }
            if (answer.refreshToken() == null) {
                throw new LoginFailedException("the token endpoint gave no refresh token: the app client must allow "
                        + "refresh tokens (ALLOW_REFRESH_TOKEN_AUTH)");
            }
            return new Credentials(
                    server,
                    settings.tokenUrl(),
                    settings.clientId(),
                    answer.refreshToken(),
                    answer.accessToken(),
                    answer.expiresAt(),
                    who(answer));
        }
    }

    /** A new attempt for a browser sent back to {@code redirectUri}. */
    public Attempt attempt(URI redirectUri) {
        return new Attempt(redirectUri);
    }

    /** The whole sign-in: tells the address, waits for the browser, checks and trades its answer. */
    public Credentials signIn(String server, LoopbackReceiver receiver, Duration patience, Consumer<URI> tellAndOpen)
            throws InterruptedException {
        Attempt attempt = attempt(receiver.redirectUri());
        tellAndOpen.accept(attempt.url());
        URI callback;
        try {
            callback = receiver.await(patience);
        } catch (TimeoutException late) {
            throw new LoginFailedException(
                    "no answer from the browser within " + patience + ": run roster login again");
        }
        return attempt.finish(server, callback);
    }

    private static String describe(ErrorObject error) {
        return error.getCode() + (error.getDescription() == null ? "" : ": " + error.getDescription());
    }

    /** Who signed in, to tell them: the ID token's email, else a user name the tokens carry; only shown, not trusted. */
    private static String who(TokenEndpoint.Answer answer) {
        return Stream.of(answer.idToken(), answer.accessToken())
                .filter(token -> token != null)
                .map(BrowserLogin::claims)
                .flatMap(claims -> Stream.of("email", "cognito:username", "username")
                        .map(name -> claims == null ? null : claims.getClaim(name)))
                .filter(value -> value instanceof String)
                .map(String.class::cast)
                .findFirst()
                .orElse(null);
    }

    private static JWTClaimsSet claims(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet();
        } catch (java.text.ParseException | RuntimeException notAJwt) {
            return null;
        }
    }
}

package dev.roster.bootstrap.signin;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sign-in {@code roster login} kept for a server, as bearer tokens: the access token while it has more than a
 * minute to live, else a new one from the token endpoint (the refresh token grant), kept in the file for the next run.
 * A refused refresh asks the person to sign in again.
 */
public final class StoredSignIn implements BearerToken {

    private final CredentialsFile file;
    private final Clock clock;
    private final Consumer<String> notices;
    private Credentials credentials;

    /** @param notices where a refresh is told, one line each */
    public StoredSignIn(CredentialsFile file, Credentials credentials, Clock clock, Consumer<String> notices) {
        this.file = file;
        this.credentials = credentials;
        this.clock = clock;
        this.notices = notices;
    }

    @Override
    public synchronized Optional<String> current() {
        if (credentials.needsRefresh(clock.instant())) {
            // Another run (a scheduled collection beside this one) may have refreshed already.
            credentials = file.read(credentials.server())
                    .orElseThrow(
                            () -> new SignInRefusedException(credentials.server(), "is no longer kept (signed out)"));
        }
        if (credentials.needsRefresh(clock.instant())) {
            TokenEndpoint.Answer answer;
            try {
                answer = new TokenEndpoint(credentials.tokenUrl(), credentials.clientId(), clock)
                        .refresh(credentials.refreshToken());
            } catch (TokenEndpoint.Refused refused) {
                throw new SignInRefusedException(credentials.server(), "was refused (" + refused.getMessage() + ")");
            }
            credentials = credentials.refreshed(answer.accessToken(), answer.expiresAt(), answer.refreshToken());
            file.save(credentials);
            notices.accept("Refreshed the sign-in to " + credentials.server() + ": access token until "
                    + credentials.accessTokenExpiresAt());
        }
        return Optional.of(credentials.accessToken());
    }
}

package dev.roster.bootstrap.signin;

/**
 * The sign-in kept for a server no longer works (its refresh token was refused, or there is none to refresh): the
 * person has to sign in again. Told in one line, exit code 2, as a setting to fix.
 */
public final class SignInRefusedException extends RuntimeException {

    public SignInRefusedException(String server, String why) {
        super("the sign-in to " + server + " " + why + ": run roster login --server " + server + " again");
    }
}

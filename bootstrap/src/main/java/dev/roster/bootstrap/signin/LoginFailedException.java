package dev.roster.bootstrap.signin;

/** {@code roster login} did not end signed in: refused, abandoned, or answered by a callback it did not ask for. */
public final class LoginFailedException extends RuntimeException {

    public LoginFailedException(String message) {
        super(message);
    }
}

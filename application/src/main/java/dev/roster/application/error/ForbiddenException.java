package dev.roster.application.error;

/** The caller is known but may not do this. */
public final class ForbiddenException extends RosterException {

    public ForbiddenException(String message) {
        super(message, null, true);
    }
}

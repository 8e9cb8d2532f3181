package dev.roster.application.error;

/** A dependency (the database, a queue, a file store) did not answer; nothing was changed, and trying later may work. */
public final class UnavailableException extends RosterException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause, false);
    }
}

package dev.roster.bootstrap.local;

/** The embedded PostgreSQL could not start; the message says why and how to use an existing server instead. */
public final class LocalPostgresException extends RuntimeException {

    LocalPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}

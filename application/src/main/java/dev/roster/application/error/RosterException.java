package dev.roster.application.error;

/**
 * Everything a use case can refuse with: a small closed set that each transport maps once (to HTTP statuses, to
 * import row reasons, to job failures).
 */
public abstract sealed class RosterException extends RuntimeException
        permits InvalidInputException,
                NotFoundException,
                ConflictException,
                ForbiddenException,
                UnavailableException,
                RejectedFileException {

    /** Expected refusals (bad input, missing, conflicting) skip the stack trace: they are answers, not faults. */
    RosterException(String message, Throwable cause, boolean expected) {
        super(message, cause, true, !expected);
    }
}

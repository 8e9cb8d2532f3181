package dev.roster.application.error;

/** A file refused as a whole, for what it is or how large it is; nothing of it was kept. */
public final class RejectedFileException extends RosterException {

    /** Why the file was refused; transports tell the two apart (HTTP: 415 and 413). */
    public enum Reason {
        /** Not the kind of file asked for, or not one that opens. */
        UNSUPPORTED_TYPE,
        /** Larger than the limit. */
        TOO_LARGE
    }

    private final Reason reason;

    public RejectedFileException(Reason reason, String message) {
        super(message, null, true);
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}

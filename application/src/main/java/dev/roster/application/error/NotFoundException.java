package dev.roster.application.error;

/** The thing asked for does not exist (or the caller named it with an id that cannot exist). */
public final class NotFoundException extends RosterException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " not found", null, true);
        this.kind = kind;
        this.id = id;
    }

    /** What was looked for: {@code account}, {@code influencer}, {@code platform}, {@code job}. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}

package dev.roster.domain.influencer;

import java.util.Objects;

/** What an influencer is called, in canonical form: NFC, trimmed, single spaces. */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 100;

    public PersonName {
        Objects.requireNonNull(value, "name");
        Text.requireLength("name", value, MAX_LENGTH);
        if (!value.equals(Text.canonical(value)) || Text.hasControlCharacters(value)) {
            throw new IllegalArgumentException("name is not in canonical form: " + value);
        }
    }

    /** The name {@code text} spells once white space and Unicode composition are made canonical. */
    public static PersonName of(String text) {
        return new PersonName(Text.canonical(Objects.requireNonNull(text, "name")));
    }

    /** What two names are compared by: the same name in any letter case is the same person. */
    public String key() {
        return Text.caseKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

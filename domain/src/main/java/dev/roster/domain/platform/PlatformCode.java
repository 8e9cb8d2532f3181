package dev.roster.domain.platform;

import java.util.Objects;

/** The short code that names a platform in URLs and storage keys, such as {@code a} or {@code blog}. */
public record PlatformCode(String value) implements Comparable<PlatformCode> {

    private static final int LONGEST = 32;

    public PlatformCode {
        Objects.requireNonNull(value, "platform code");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(
                    "platform code must be 1-32 lower-case letters, digits, '_' or '-', starting with a letter: "
                            + value);
        }
    }

    public static PlatformCode of(String value) {
        return new PlatformCode(value);
    }

    /** Whether {@code text} could name a platform; lets callers answer "not found" instead of failing. */
    public static boolean isWellFormed(String text) {
        // [a-z][a-z0-9_-]{0,31}, checked a character at a time: every request that names a platform asks.
        if (text == null || text.isEmpty() || text.length() > LONGEST || !isLowerLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLowerLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    @Override
    public int compareTo(PlatformCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

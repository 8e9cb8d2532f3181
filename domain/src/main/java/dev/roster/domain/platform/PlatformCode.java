package dev.roster.domain.platform;

import java.util.Objects;
import java.util.regex.Pattern;

/** The short code that names a platform in URLs and storage keys, such as {@code a} or {@code blog}. */
public record PlatformCode(String value) implements Comparable<PlatformCode> {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public PlatformCode {
        Objects.requireNonNull(value, "platform code");
        if (!FORMAT.matcher(value).matches()) {
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
        return text != null && FORMAT.matcher(text).matches();
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

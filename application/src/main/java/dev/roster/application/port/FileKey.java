package dev.roster.application.port;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a file lives in the {@link FileStore}: slash-separated segments of letters, digits, '.', '_' and '-', such as
 * {@code imports/errors/0192f0c4.xlsx}. The first segment is the file's kind, by which expiry rules are set.
 */
public record FileKey(String value) {

    public static final int MAX_LENGTH = 512;

    private static final Pattern FORMAT =
            Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    public FileKey {
        Objects.requireNonNull(value, "file key");
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("not a file key: " + value);
        }
    }

    public static FileKey of(String value) {
        return new FileKey(value);
    }

    /** The last segment: what a download is named by default. */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.roster.adapters.lambda.files;

import dev.roster.application.port.FileKey;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where the {@link S3FileStore} keeps its files: a bucket and a key prefix, so several deployments (or tests) can
 * share a bucket. A file key {@code exports/a.xlsx} with prefix {@code roster/} is the object
 * {@code roster/exports/a.xlsx}; the file key's first segment (its kind) comes right after the prefix, where
 * lifecycle rules match it.
 *
 * @param prefix empty, or ending with {@code /}
 */
public record S3Location(String bucket, String prefix) {

    /** S3 allows 1024 bytes of UTF-8 per object key; the file key may take {@link FileKey#MAX_LENGTH} of them. */
    private static final int MAX_PREFIX_BYTES = 1024 - FileKey.MAX_LENGTH;

    public S3Location {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("an S3 bucket name is needed");
        }
        if (!prefix.isEmpty() && (!prefix.endsWith("/") || prefix.startsWith("/"))) {
            throw new IllegalArgumentException("an S3 key prefix ends with '/' and does not start with one: " + prefix);
        }
        if (prefix.getBytes(StandardCharsets.UTF_8).length > MAX_PREFIX_BYTES) {
            throw new IllegalArgumentException("an S3 key prefix is at most " + MAX_PREFIX_BYTES + " bytes: " + prefix);
        }
    }

    public static S3Location of(String bucket) {
        return new S3Location(bucket, "");
    }

    /** The object key of {@code key}. */
    public String objectKey(FileKey key) {
        return prefix + key.value();
    }

    /** How the file is named in messages: {@code s3://bucket/prefix/key}. */
    public String describe(FileKey key) {
        return "s3://" + bucket + "/" + objectKey(key);
    }
}

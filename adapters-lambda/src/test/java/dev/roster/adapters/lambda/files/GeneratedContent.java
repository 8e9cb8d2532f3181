package dev.roster.adapters.lambda.files;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code length} bytes made up as they are read, never held whole (so a test can tell whether the code under test
 * buffers them), with a SHA-256 of what has been read so far. Marking is not supported, as on a network stream.
 */
final class GeneratedContent extends InputStream {

    private final long length;
    private final Runnable atHalfway;
    private final MessageDigest digest = sha256();
    private long position;

    GeneratedContent(long length) {
        this(length, () -> {});
    }

    /** Runs {@code atHalfway} on the reading thread once half the bytes have been read. */
    GeneratedContent(long length, Runnable atHalfway) {
        this.length = length;
        this.atHalfway = atHalfway;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            long at = position + i;
            buffer[offset + i] = (byte) (at * 31 + (at >>> 11));
        }
        digest.update(buffer, offset, n);
        boolean crossesHalfway = position < length / 2 && position + n >= length / 2;
        position += n;
        if (crossesHalfway) {
            atHalfway.run();
        }
        return n;
    }

    /** The SHA-256 of the bytes read so far; all of them once the stream is exhausted. */
    byte[] sha256OfRead() {
        try {
            return ((MessageDigest) digest.clone()).digest();
        } catch (CloneNotSupportedException impossible) {
            throw new AssertionError(impossible);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new AssertionError(impossible);
        }
    }
}

package dev.roster.adapters.lambda.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A body that counts what was read from it, so a failed upload can tell a caller whose stream ended early (their
 * mistake) from S3 being out of reach. Mark and reset keep the count right when the SDK rewinds for a retry.
 */
final class CountedContent extends FilterInputStream {

    private long count;
    private long marked;
    private boolean ended;

    CountedContent(InputStream content) {
        super(content);
    }

    /** Whether the stream ran out before {@code length} bytes. */
    boolean endedBefore(long length) {
        return ended && count < length;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            ended = true;
        } else {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            ended = true;
        } else {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    @Override
    public synchronized void mark(int readLimit) {
        super.mark(readLimit);
        marked = count;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        count = marked;
        ended = false;
    }
}

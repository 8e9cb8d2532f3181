package dev.roster.bootstrap.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One Roster per data directory: an operating-system lock on {@code <data-dir>/embedded-postgres.lock}, held while the
 * embedded store runs. The kernel lets go of it when the process ends however it ends, so holding it proves that no
 * live Roster uses the directory's PostgreSQL, and a leftover one may be stopped.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "embedded-postgres.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @return the lock, or empty when another process (or this one) holds it
     * @throws IOException when the lock file cannot be made
     */
    static Optional<DataDirectoryLock> tryTake(Path rosterDataDirectory) throws IOException {
        FileChannel channel = FileChannel.open(
                rosterDataDirectory.resolve(FILE),
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        // Who holds it, for an operator who looks.
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        return Optional.of(new DataDirectoryLock(channel, lock));
    }

    @Override
    public void close() {
        try (channel) {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel lets go of the lock anyway, and so does the process ending.
        }
    }
}

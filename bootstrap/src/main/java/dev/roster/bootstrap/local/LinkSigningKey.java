package dev.roster.bootstrap.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/** The key signing download links, made once per data directory and kept there so links survive a restart. */
public final class LinkSigningKey {

    private static final int LENGTH = 32;

    private LinkSigningKey() {}

    public static byte[] loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve("file-links.key");
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                byte[] fresh = new byte[LENGTH];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.write(file, fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    restrictToOwner(file);
                } catch (FileAlreadyExistsException raced) {
                    // Another process made it first: use theirs.
                }
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length != LENGTH) {
                throw new IllegalStateException(
                        file + " is damaged: delete it to make a new one " + "(links handed out before stop working)");
            }
            return key;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot keep the link signing key in " + dataDir, unreadable);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply.
        }
    }
}

package dev.roster.bootstrap.local;

import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.StoredFile;
import dev.roster.application.port.UploadLink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Files under a directory of the local server, what S3 is on AWS: the bytes under {@code objects/}, each content
 * type beside them under {@code types/}. A file appears whole or not at all (written aside, then moved in).
 */
public final class LocalFileStore implements FileStore {

    private final Path objects;
    private final Path types;
    private final FileLinks links;

    /** For the readiness check: the directories files go to are there and writable. */
    public void checkWritable() {
        for (Path directory : List.of(objects, types)) {
            if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
                throw new IllegalStateException("the directory is gone or not writable: " + directory);
            }
        }
    }

    public LocalFileStore(Path root, FileLinks links) {
        this.objects = root.resolve("objects").toAbsolutePath().normalize();
        this.types = root.resolve("types").toAbsolutePath().normalize();
        this.links = links;
        try {
            Files.createDirectories(objects);
            Files.createDirectories(types);
        } catch (IOException unwritable) {
            throw new UnavailableException("cannot create the file store under " + root, unwritable);
        }
    }

    @Override
    public void put(FileKey key, String contentType, InputStream content, long length) {
        Path target = inside(objects, key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                long copied = content.transferTo(out);
                if (copied != length) {
                    throw new IllegalArgumentException("expected " + length + " bytes for " + key + ", got " + copied);
                }
            } catch (IOException | RuntimeException failed) {
                Files.deleteIfExists(partial);
                throw failed;
            }
            Path type = inside(types, key);
            Files.createDirectories(type.getParent());
            Files.writeString(type, contentType, StandardCharsets.UTF_8);
            move(partial, target);
        } catch (IOException failed) {
            throw new UnavailableException("cannot store " + key, failed);
        }
    }

    @Override
    public Optional<StoredFile> open(FileKey key) {
        Path file = inside(objects, key);
        try {
            String contentType = Files.readString(inside(types, key), StandardCharsets.UTF_8);
            return Optional.of(new StoredFile(contentType, Files.size(file), Files.newInputStream(file)));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException failed) {
            throw new UnavailableException("cannot read " + key, failed);
        }
    }

    @Override
    public URI downloadUrl(FileKey key, Duration validFor) {
        return links.link(key, validFor);
    }

    /** A link to this server's {@code PUT /files}, which stores what it is sent here. */
    @Override
    public UploadLink uploadLink(FileKey key, String contentType, Duration validFor) {
        return links.uploadLink(key, contentType, validFor);
    }

    @Override
    public boolean delete(FileKey key) {
        try {
            Files.deleteIfExists(inside(types, key));
            return Files.deleteIfExists(inside(objects, key));
        } catch (IOException failed) {
            throw new UnavailableException("cannot delete " + key, failed);
        }
    }

    /** The key's path under {@code base}; a key is checked by {@link FileKey}, this is the second lock on the door. */
    private static Path inside(Path base, FileKey key) {
        Path path = base.resolve(key.value()).normalize();
        if (!path.startsWith(base)) {
            throw new IllegalArgumentException("file key escapes the store: " + key);
        }
        return path;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException unsupported) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

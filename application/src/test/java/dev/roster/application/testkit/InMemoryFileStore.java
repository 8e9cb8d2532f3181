package dev.roster.application.testkit;

import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.StoredFile;
import dev.roster.application.port.UploadLink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link FileStore} in memory, for use-case tests; its links point nowhere real. Test sources only. */
public final class InMemoryFileStore implements FileStore {

    private final Clock clock;
    private final Map<FileKey, Stored> files = new ConcurrentHashMap<>();

    public InMemoryFileStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void put(FileKey key, String contentType, InputStream content, long length) {
        try {
            byte[] bytes = content.readNBytes(Math.toIntExact(length));
            files.put(key, new Stored(contentType, bytes));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public Optional<StoredFile> open(FileKey key) {
        return Optional.ofNullable(files.get(key))
                .map(stored -> new StoredFile(
                        stored.contentType(), stored.bytes().length, new ByteArrayInputStream(stored.bytes())));
    }

    @Override
    public URI downloadUrl(FileKey key, Duration validFor) {
        long expires = clock.instant().plus(validFor).getEpochSecond();
        return URI.create("memory://files/" + key.value() + "?expires=" + expires);
    }

    /** Nothing can be sent to this link: tests put the upload themselves. */
    @Override
    public UploadLink uploadLink(FileKey key, String contentType, Duration validFor) {
        Instant expires = clock.instant().plus(validFor);
        return new UploadLink(
                URI.create("memory://uploads/" + key.value() + "?expires=" + expires.getEpochSecond()),
                Map.of("Content-Type", contentType),
                expires);
    }

    /** What a client's PUT to {@code link} does: keeps {@code content} under the link's key, as its content type. */
    public void upload(UploadLink link, byte[] content) {
        FileKey key = FileKey.of(link.url().getPath().substring(1));
        put(key, link.headers().get("Content-Type"), new ByteArrayInputStream(content), content.length);
    }

    @Override
    public boolean delete(FileKey key) {
        return files.remove(key) != null;
    }

    /** Every key held, for tests that check nothing was left behind. */
    public Set<FileKey> keys() {
        return Set.copyOf(files.keySet());
    }

    private record Stored(String contentType, byte[] bytes) {}
}

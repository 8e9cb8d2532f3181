package dev.roster.application.port;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps files (error reports, exports, consent PDFs, large uploads) and hands out signed, expiring links to download
 * them or upload them.
 */
public interface FileStore {

    /** Stores {@code length} bytes read from {@code content} under {@code key}, replacing what was there. */
    void put(FileKey key, String contentType, InputStream content, long length);

    Optional<StoredFile> open(FileKey key);

    /** A link that downloads the file without further credentials until {@code validFor} has passed. */
    URI downloadUrl(FileKey key, Duration validFor);

    /**
     * A link through which a client uploads {@code key} itself, sending {@code contentType}, until {@code validFor} has
     * passed; what arrives replaces what was there.
     */
    UploadLink uploadLink(FileKey key, String contentType, Duration validFor);

    /** False when there was nothing to delete. */
    boolean delete(FileKey key);
}

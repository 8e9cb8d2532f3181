package dev.roster.bootstrap.lambda;

import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.StoredFile;
import dev.roster.application.port.UploadLink;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The S3 file store, its clients built on first use: most API requests never touch S3, and building the first S3
 * client is a fifth of a second of cold start. SnapStart's priming builds it before the snapshot instead.
 */
final class LazyFileStore implements FileStore {

    private final OnFirstUse<FileStore> store;

    LazyFileStore(OnFirstUse<FileStore> store) {
        this.store = store;
    }

    @Override
    public void put(FileKey key, String contentType, InputStream content, long length) {
        store.get().put(key, contentType, content, length);
    }

    @Override
    public Optional<StoredFile> open(FileKey key) {
        return store.get().open(key);
    }

    @Override
    public URI downloadUrl(FileKey key, Duration validFor) {
        return store.get().downloadUrl(key, validFor);
    }

    @Override
    public UploadLink uploadLink(FileKey key, String contentType, Duration validFor) {
        return store.get().uploadLink(key, contentType, validFor);
    }

    @Override
    public boolean delete(FileKey key) {
        return store.get().delete(key);
    }
}

package dev.roster.bootstrap.local;

import dev.roster.application.port.FileStore;
import dev.roster.application.testkit.FileStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

class LocalFileStoreTest extends FileStoreContract {

    @Override
    protected FileStore emptyFileStore() {
        try {
            Path root = Files.createTempDirectory("roster-files");
            FileLinks links = new FileLinks(() -> URI.create("http://127.0.0.1:8080"), new byte[32], Clock.systemUTC());
            return new LocalFileStore(root, links);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}

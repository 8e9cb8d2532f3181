package dev.roster.application.port;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** A file read back from the {@link FileStore}; the reader closes it. */
public record StoredFile(String contentType, long length, InputStream content) implements AutoCloseable {

    public StoredFile {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}

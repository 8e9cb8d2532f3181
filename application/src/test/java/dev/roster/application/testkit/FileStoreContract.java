package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.StoredFile;
import dev.roster.application.port.UploadLink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The contract of {@link FileStore}: what is put is read back byte for byte, with its content type. */
public abstract class FileStoreContract {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The store under test, holding nothing; called once per test. */
    protected abstract FileStore emptyFileStore();

    @Test
    void readsBackWhatWasPutWithItsContentType() throws IOException {
        FileStore files = emptyFileStore();
        byte[] content = "이름,연락처\n김민지,010-1234-5678\n".getBytes(StandardCharsets.UTF_8);

        put(files, "exports/roster.csv", "text/csv; charset=utf-8", content);

        try (StoredFile stored = files.open(FileKey.of("exports/roster.csv")).orElseThrow()) {
            assertThat(stored.contentType()).isEqualTo("text/csv; charset=utf-8");
            assertThat(stored.length()).isEqualTo(content.length);
            assertThat(stored.content().readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void putReplacesWhatWasThere() throws IOException {
        FileStore files = emptyFileStore();
        put(files, "imports/errors/a.xlsx", XLSX, new byte[] {1, 2, 3});
        put(files, "imports/errors/a.xlsx", XLSX, new byte[] {4, 5});

        try (StoredFile stored = files.open(FileKey.of("imports/errors/a.xlsx")).orElseThrow()) {
            assertThat(stored.content().readAllBytes()).containsExactly(4, 5);
        }
    }

    @Test
    void carriesLargeFilesIntact() throws IOException {
        FileStore files = emptyFileStore();
        byte[] content = new byte[5 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);

        put(files, "exports/large.bin", "application/octet-stream", content);

        try (StoredFile stored = files.open(FileKey.of("exports/large.bin")).orElseThrow()) {
            assertThat(stored.content().readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void forgetsDeletedFilesAndKnowsNothingOfOthers() {
        FileStore files = emptyFileStore();
        put(files, "consent/x.pdf", "application/pdf", new byte[] {9});

        assertThat(files.delete(FileKey.of("consent/x.pdf"))).isTrue();
        assertThat(files.delete(FileKey.of("consent/x.pdf"))).isFalse();
        assertThat(files.open(FileKey.of("consent/x.pdf"))).isEmpty();
        assertThat(files.open(FileKey.of("consent/never.pdf"))).isEmpty();
    }

    @Test
    void handsOutAbsoluteFileLinksThatDifferPerFile() {
        FileStore files = emptyFileStore();
        put(files, "exports/one.xlsx", XLSX, new byte[] {1});
        put(files, "exports/two.xlsx", XLSX, new byte[] {2});

        URI one = files.downloadUrl(FileKey.of("exports/one.xlsx"), Duration.ofMinutes(15));
        URI two = files.downloadUrl(FileKey.of("exports/two.xlsx"), Duration.ofMinutes(15));

        assertThat(one.isAbsolute()).isTrue();
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void handsOutUploadLinksThatNameTheContentTypeAndExpire() {
        FileStore files = emptyFileStore();
        Instant before = Instant.now();

        UploadLink one = files.uploadLink(FileKey.of("imports/uploads/one.xlsx"), XLSX, Duration.ofMinutes(15));
        UploadLink two = files.uploadLink(FileKey.of("imports/uploads/two.xlsx"), XLSX, Duration.ofMinutes(15));

        assertThat(one.url().isAbsolute()).isTrue();
        assertThat(one.url()).isNotEqualTo(two.url());
        assertThat(one.method()).isEqualTo("PUT");
        assertThat(one.headers())
                .as("header names are case-insensitive")
                .anySatisfy((name, value) ->
                        assertThat(name + ": " + value).isEqualToIgnoringCase("Content-Type: " + XLSX));
        assertThat(one.expiresAt()).isBetween(before.plus(Duration.ofMinutes(14)), before.plus(Duration.ofMinutes(16)));
    }

    private static void put(FileStore files, String key, String contentType, byte[] content) {
        files.put(FileKey.of(key), contentType, new ByteArrayInputStream(content), content.length);
    }
}

package dev.roster.adapters.lambda.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.roster.adapters.lambda.aws.AwsClientSettings;
import dev.roster.adapters.lambda.aws.AwsClients;
import dev.roster.adapters.lambda.aws.CountingRelay;
import dev.roster.adapters.lambda.aws.DeadEndpoints;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.StoredFile;
import dev.roster.application.port.UploadLink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** What the S3 file store does beyond the contract: links a browser can use, odd keys, big files, outages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3FileStoreTest {

    private static final String PDF = "application/pdf";

    @RegisterExtension
    final S3ProxyServer server = new S3ProxyServer();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aDownloadLinkServesTheBytesWithTheirContentTypeWithoutCredentials() throws Exception {
        S3FileStore files = store("roster/");
        byte[] pdf = "%PDF-1.7 consent".getBytes(StandardCharsets.US_ASCII);
        put(files, "consent/kim.pdf", PDF, pdf);

        HttpResponse<byte[]> response = get(files.downloadUrl(FileKey.of("consent/kim.pdf"), Duration.ofMinutes(5)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(pdf);
        assertThat(response.headers().firstValue("Content-Type")).contains(PDF);
    }

    @Test
    void aDownloadLinkCarriesTheRequestedExpiry() {
        S3FileStore files = store("");
        URI link = files.downloadUrl(FileKey.of("exports/a.xlsx"), Duration.ofMinutes(15));

        assertThat(link.getRawQuery()).contains("X-Amz-Expires=900");
    }

    @Test
    void aTamperedDownloadLinkIsRefused() throws Exception {
        S3FileStore files = store("roster/");
        put(files, "exports/a.csv", "text/csv", new byte[] {1, 2, 3});
        String link = files.downloadUrl(FileKey.of("exports/a.csv"), Duration.ofMinutes(5))
                .toString();

        String otherSignature = link.substring(0, link.length() - 1) + (link.endsWith("0") ? "1" : "0");
        String otherFile = link.replace("exports/a.csv", "exports/b.csv");

        assertThat(get(URI.create(otherSignature)).statusCode()).isEqualTo(403);
        assertThat(get(URI.create(otherFile)).statusCode()).isEqualTo(403);
    }

    @Test
    void anExpiredDownloadLinkIsRefused() throws Exception {
        S3FileStore files = store("roster/");
        put(files, "exports/a.csv", "text/csv", new byte[] {1});
        URI link = files.downloadUrl(FileKey.of("exports/a.csv"), Duration.ofSeconds(3));
        // S3 (S3Proxy here) judges a link by the time signed into it and its own clock, which no test can step: the
        // test asks before and after the instant the link itself names, never after a guessed sleep.
        Instant expires = signedAt(link).plusSeconds(3);

        HttpResponse<byte[]> early = get(link);
        assertThat(Instant.now()).as("asked before the link expired").isBefore(expires);
        assertThat(early.statusCode()).as("still valid").isEqualTo(200);

        waitUntil(expires.plusSeconds(1));
        HttpResponse<byte[]> late = get(link);
        assertThat(late.statusCode()).isEqualTo(403);
        assertThat(new String(late.body(), StandardCharsets.UTF_8))
                .as("refused for its age, not its signature")
                .containsIgnoringCase("expired");
    }

    @Test
    void linksAreValidForOneSecondToSevenDays() {
        S3FileStore files = store("");
        FileKey key = FileKey.of("exports/a.csv");

        assertThatThrownBy(() -> files.downloadUrl(key, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.downloadUrl(key, Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(files.downloadUrl(key, S3FileStore.MAX_LINK_VALIDITY).getRawQuery())
                .contains("X-Amz-Expires=604800");
    }

    @Test
    void aBrowserUploadsThroughAnUploadLinkWithTheSignedContentType() throws Exception {
        S3FileStore files = store("roster/");
        FileKey key = FileKey.of("uploads/roster.xlsx");
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

        UploadLink upload = files.uploadLink(key, xlsx, Duration.ofMinutes(10));
        assertThat(upload.headers()).containsEntry("content-type", xlsx);
        assertThat(upload.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(9)));

        assertThat(put(upload.url(), xlsx, new byte[] {5, 6, 7}).statusCode()).isEqualTo(200);

        try (StoredFile stored = files.open(key).orElseThrow()) {
            assertThat(stored.contentType()).isEqualTo(xlsx);
            assertThat(stored.content().readAllBytes()).containsExactly(5, 6, 7);
        }
    }

    @Test
    void anUploadWithAnotherContentTypeThanSignedIsRefused() throws Exception {
        S3FileStore files = store("roster/");
        FileKey key = FileKey.of("uploads/roster.xlsx");
        UploadLink upload = files.uploadLink(key, "application/pdf", Duration.ofMinutes(10));

        assertThat(put(upload.url(), "text/html", new byte[] {1}).statusCode()).isEqualTo(403);
        assertThat(files.open(key)).isEmpty();
    }

    @Test
    void keepsEveryFileUnderThePrefixAndNothingElse() {
        S3Location location = new S3Location(server.newBucket(), "tenant-7/");
        S3FileStore files = new S3FileStore(server.s3(), server.presigner(), location);
        put(files, "exports/a.csv", "text/csv", new byte[] {1});
        put(files, "consent/b.pdf", PDF, new byte[] {2});

        List<String> keys = server.s3().listObjectsV2(list -> list.bucket(location.bucket())).contents().stream()
                .map(S3Object::key)
                .sorted()
                .toList();

        assertThat(keys).containsExactly("tenant-7/consent/b.pdf", "tenant-7/exports/a.csv");
    }

    @Test
    void oddButValidKeysUnderAUnicodePrefixRoundTripAndDownload() throws Exception {
        S3FileStore files = store("팀 A/서류 (2026)/");
        String longSegment = "x".repeat(200);
        List<String> keys = List.of(
                "-lead/_under.score/a.b.c",
                "consent/" + longSegment + "/" + longSegment + ".pdf",
                "exports/UPPER-lower_09.xlsx");

        for (String text : keys) {
            FileKey key = FileKey.of(text);
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            put(files, text, PDF, content);

            try (StoredFile stored = files.open(key).orElseThrow()) {
                assertThat(stored.content().readAllBytes()).as(text).isEqualTo(content);
            }
            HttpResponse<byte[]> download = get(files.downloadUrl(key, Duration.ofMinutes(1)));
            assertThat(download.statusCode()).as(text).isEqualTo(200);
            assertThat(download.body()).as(text).isEqualTo(content);
            assertThat(files.delete(key)).as(text).isTrue();
        }
    }

    @Test
    void aLargeFileIsStreamedBothWaysNotBufferedWhole() throws Exception {
        long size = 64L * 1024 * 1024;
        try (CountingRelay wire = new CountingRelay(server.port());
                S3Client relayed = AwsClients.s3(S3ProxyServer.settingsFor(wire.endpoint()))) {
            S3FileStore files = new S3FileStore(relayed, server.presigner(), S3Location.of(server.newBucket()));
            AtomicLong sentBeforeSecondHalfWasRead = new AtomicLong();
            // when half the file has been read from the caller, a streaming upload has already sent most of that half
            GeneratedContent content = new GeneratedContent(
                    size, () -> sentBeforeSecondHalfWasRead.set(awaitAtLeast(wire::upstreamBytes, size / 4)));

            files.put(FileKey.of("exports/big.bin"), "application/octet-stream", content, size);
            assertThat(sentBeforeSecondHalfWasRead.get())
                    .as("bytes on the wire when half was read")
                    .isGreaterThanOrEqualTo(size / 4);

            MessageDigest read = GeneratedContent.sha256();
            try (StoredFile stored = files.open(FileKey.of("exports/big.bin")).orElseThrow()) {
                assertThat(stored.length()).isEqualTo(size);
                byte[] buffer = new byte[64 * 1024];
                int first = stored.content().readNBytes(buffer, 0, buffer.length);
                read.update(buffer, 0, first);
                // a download buffered whole would have crossed the wire entirely before the first bytes are handed out
                assertThat(wire.downstreamBytes())
                        .as("bytes received when the first were read")
                        .isLessThan(size / 2);
                for (int n = stored.content().read(buffer);
                        n >= 0;
                        n = stored.content().read(buffer)) {
                    read.update(buffer, 0, n);
                }
            }
            assertThat(read.digest()).isEqualTo(content.sha256OfRead());
        }
    }

    /** Polls {@code counter} until it reaches {@code wanted} or 10 seconds pass; answers the last value seen. */
    private static long awaitAtLeast(LongSupplier counter, long wanted) {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (counter.getAsLong() < wanted && System.nanoTime() < giveUp) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return counter.getAsLong();
    }

    @Test
    void aBodyShorterThanItsDeclaredLengthIsRefusedAndNothingIsStored() {
        S3FileStore files = store("roster/");
        FileKey key = FileKey.of("exports/short.csv");

        assertThatThrownBy(() -> files.put(key, "text/csv", new ByteArrayInputStream(new byte[] {1, 2}), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 10 bytes for exports/short.csv, got 2");
        assertThat(files.open(key)).isEmpty();
    }

    @Test
    void aMissingBucketIsAnOutageNotAMissingFile() {
        S3FileStore files = new S3FileStore(server.s3(), server.presigner(), S3Location.of("no-such-bucket"));

        assertThatThrownBy(() -> files.open(FileKey.of("exports/a.csv")))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("S3 GetObject s3://no-such-bucket/exports/a.csv failed")
                .hasMessageContaining("NoSuchBucket");
    }

    @Test
    void aStoreNobodyListensForIsReportedUnavailableQuickly() throws IOException {
        AwsClientSettings refused = DeadEndpoints.refused();
        try (S3Client down = AwsClients.s3(refused);
                S3Presigner signer = AwsClients.s3Presigner(refused)) {
            S3FileStore files = new S3FileStore(down, signer, new S3Location("files", "roster/"));

            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                assertThatThrownBy(() -> put(files, "exports/a.csv", "text/csv", new byte[] {1}))
                        .isInstanceOf(UnavailableException.class)
                        .hasMessageContaining("S3 PutObject s3://files/roster/exports/a.csv failed")
                        .hasMessageContaining("Connection refused");
                assertThatThrownBy(() -> files.delete(FileKey.of("exports/a.csv")))
                        .isInstanceOf(UnavailableException.class)
                        .hasMessageContaining("S3 HeadObject");
            });
        }
    }

    @Test
    void aStoreThatNeverAnswersTimesOutInsteadOfHanging() throws IOException {
        try (ServerSocket silent = DeadEndpoints.silent();
                S3Client stuck = AwsClients.s3(DeadEndpoints.settings(silent));
                S3Presigner signer = AwsClients.s3Presigner(DeadEndpoints.settings(silent))) {
            S3FileStore files = new S3FileStore(stuck, signer, S3Location.of("files"));

            assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertThatThrownBy(() -> files.open(FileKey.of("exports/a.csv")))
                            .isInstanceOf(UnavailableException.class)
                            .hasMessageContaining("S3 GetObject s3://files/exports/a.csv failed")
                            .hasMessageContaining("timed out"));
        }
    }

    private S3FileStore store(String prefix) {
        return server.newStore(prefix);
    }

    private static void put(S3FileStore files, String key, String contentType, byte[] content) {
        files.put(FileKey.of(key), contentType, new ByteArrayInputStream(content), content.length);
    }

    /** The {@code X-Amz-Date} a presigned link was signed at. */
    private static Instant signedAt(URI link) {
        String date = Arrays.stream(link.getRawQuery().split("&"))
                .filter(pair -> pair.startsWith("X-Amz-Date="))
                .map(pair -> pair.substring("X-Amz-Date=".length()))
                .findFirst()
                .orElseThrow();
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC)
                .parse(date, Instant::from);
    }

    private static void waitUntil(Instant instant) throws InterruptedException {
        for (Instant now = Instant.now(); now.isBefore(instant); now = Instant.now()) {
            Thread.sleep(Math.max(1, Duration.between(now, instant).toMillis()));
        }
    }

    private HttpResponse<byte[]> get(URI link) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> put(URI link, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(link)
                        .header("Content-Type", contentType)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}

package dev.roster.bootstrap.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.http.routes.ApiRequest;
import dev.roster.adapters.http.routes.ApiResponse;
import dev.roster.adapters.http.routes.Headers;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.QueryStrings;
import dev.roster.adapters.http.routes.RequestLog;
import dev.roster.adapters.http.routes.RequestRecord;
import dev.roster.adapters.http.routes.RouteTable;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.StoredFile;
import dev.roster.application.port.UploadLink;
import dev.roster.application.testkit.SteppingClock;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRoutesTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] CONTENT = "오류 보고서".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-06-01T00:00:00Z"), Duration.ofSeconds(1));

    @Test
    void downloadsAFileByItsSignedLinkUntilItExpires() {
        Fixture fixture = new Fixture();
        URI link = fixture.files.downloadUrl(FileKey.of("imports/errors/report.xlsx"), Duration.ofSeconds(30));

        ApiResponse downloaded = fixture.get(link);
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(CONTENT);
        assertThat(downloaded.headers().get("Content-Type")).isEqualTo("application/vnd.ms-excel");
        assertThat(downloaded.headers().get("Content-Disposition"))
                .isEqualTo("attachment; filename*=UTF-8''report.xlsx");

        for (int i = 0; i < 40; i++) {
            clock.instant();
        }
        ApiResponse expired = fixture.get(link);
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.bodyText()).contains("expired");
    }

    @Test
    void refusesAChangedKeyExpiryOrSignature() {
        Fixture fixture = new Fixture();
        fixture.files.put(
                FileKey.of("exports/secret.xlsx"),
                "application/vnd.ms-excel",
                new ByteArrayInputStream(CONTENT),
                CONTENT.length);
        String link = fixture.files
                .downloadUrl(FileKey.of("imports/errors/report.xlsx"), Duration.ofMinutes(5))
                .toString();

        assertThat(fixture.get(URI.create(link.replace("imports%2Ferrors%2Freport.xlsx", "exports%2Fsecret.xlsx")))
                        .status())
                .isEqualTo(403);
        assertThat(fixture.get(URI.create(link.replaceAll("expires=\\d+", "expires=99999999999")))
                        .status())
                .isEqualTo(403);
        assertThat(fixture.get(URI.create(link.replaceAll("signature=.", "signature=A")))
                        .status())
                .isEqualTo(403);
        assertThat(fixture.get(URI.create("http://x/files?key=..%2F..%2Fetc%2Fpasswd&expires=1&signature=x"))
                        .status())
                .isEqualTo(400);
        assertThat(fixture.get(URI.create("http://x/files")).status()).isEqualTo(400);
    }

    @Test
    void uploadsAFileByItsSignedLinkWithTheContentTypeItWasMadeFor() throws Exception {
        Fixture fixture = new Fixture();
        FileKey key = FileKey.of("imports/uploads/big.xlsx");
        UploadLink link = fixture.files.uploadLink(key, XLSX, Duration.ofMinutes(5));

        ApiResponse uploaded = fixture.put(link.url(), link.headers().get("Content-Type"), CONTENT);

        assertThat(uploaded.status()).isEqualTo(204);
        try (StoredFile stored = fixture.files.open(key).orElseThrow()) {
            assertThat(stored.contentType()).isEqualTo(XLSX);
            assertThat(stored.content().readAllBytes()).isEqualTo(CONTENT);
        }
    }

    @Test
    void anUploadLinkTakesNothingElseAndADownloadLinkUploadsNothing() {
        Fixture fixture = new Fixture();
        FileKey key = FileKey.of("imports/uploads/big.xlsx");
        URI upload = fixture.files.uploadLink(key, XLSX, Duration.ofSeconds(30)).url();
        URI download = fixture.files.downloadUrl(FileKey.of("imports/errors/report.xlsx"), Duration.ofMinutes(5));

        assertThat(fixture.put(upload, "application/pdf", CONTENT).status())
                .as("another content type")
                .isEqualTo(403);
        assertThat(fixture.put(download, XLSX, CONTENT).status())
                .as("a download link")
                .isEqualTo(403);
        assertThat(fixture.get(upload).status())
                .as("downloading by an upload link")
                .isEqualTo(403);
        assertThat(fixture.put(upload, XLSX, new byte[65]).status())
                .as("over the size cap")
                .isEqualTo(413);
        assertThat(fixture.put(URI.create(upload.toString().replace("big.xlsx", "other.xlsx")), XLSX, CONTENT)
                        .status())
                .as("another key")
                .isEqualTo(403);
        for (int i = 0; i < 40; i++) {
            clock.instant();
        }
        assertThat(fixture.put(upload, XLSX, CONTENT).status()).as("expired").isEqualTo(403);
        assertThat(fixture.files.open(key)).isEmpty();
        assertThat(fixture.files
                        .open(FileKey.of("imports/errors/report.xlsx"))
                        .orElseThrow()
                        .length())
                .isEqualTo(CONTENT.length);
    }

    private final class Fixture {

        final FileLinks links = new FileLinks(
                () -> URI.create("http://127.0.0.1:9"), "k".repeat(32).getBytes(), clock);
        final LocalFileStore files = new LocalFileStore(root, links);
        final HttpApi api;

        Fixture() {
            files.put(
                    FileKey.of("imports/errors/report.xlsx"),
                    "application/vnd.ms-excel",
                    new ByteArrayInputStream(CONTENT),
                    CONTENT.length);
            JsonCodec json = new JsonCodec();
            api = new HttpApi(
                    new RouteTable(FileRoutes.of(files, links, 64)),
                    new EdgeSecurity(
                            IpAllowlist.loopback(), new ClientAddresses(IpAllowlist.parse("")), new OpenAccess()),
                    json,
                    new RequestLog() {
                        @Override
                        public void record(RequestRecord record) {}

                        @Override
                        public void failure(String requestId, Throwable cause) {
                            throw new AssertionError(cause);
                        }
                    },
                    clock);
        }

        ApiResponse put(URI link, String contentType, byte[] body) {
            return api.handle(new ApiRequest(
                    "PUT",
                    link.getRawPath(),
                    QueryStrings.parse(link.getRawQuery()),
                    Headers.of(Map.of("Content-Type", List.of(contentType))),
                    body,
                    "127.0.0.1",
                    Map.of()));
        }

        ApiResponse get(URI link) {
            return api.handle(new ApiRequest(
                    "GET",
                    link.getRawPath(),
                    QueryStrings.parse(link.getRawQuery()),
                    Headers.none(),
                    null,
                    "127.0.0.1",
                    Map.of()));
        }
    }
}

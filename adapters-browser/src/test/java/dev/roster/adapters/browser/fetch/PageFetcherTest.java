package dev.roster.adapters.browser.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.browser.InternalServer;
import dev.roster.domain.platform.PlatformHosts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against real sockets on loopback: what it fetches, what it refuses, and what it reads of a page. */
class PageFetcherTest {

    private static final FetchLimits LIMITS = new FetchLimits(Duration.ofSeconds(5), 64 * 1024);

    private FakePlatformSite site;
    private InternalServer internal;
    private HttpServer hostile;

    @BeforeEach
    void start() throws IOException {
        site = FakePlatformSite.start(100);
        internal = InternalServer.start();
        hostile = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        hostile.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 200_000);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[200_000]);
            } catch (IOException cutOff) {
                // The fetcher stops reading: expected.
            }
        });
        hostile.createContext("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write(new byte[8192]);
                }
            } catch (IOException cutOff) {
                // The fetcher stops reading: expected.
            }
        });
        hostile.createContext("/bomb", exchange -> {
            byte[] bomb = gzipOfZeros(50 * 1024 * 1024);
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, bomb.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bomb);
            }
        });
        hostile.createContext("/drip", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException cutOff) {
                // The fetcher gives up: expected.
            }
        });
        hostile.createContext("/small", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("ok".getBytes(StandardCharsets.UTF_8));
            }
        });
        hostile.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        hostile.start();
    }

    @AfterEach
    void stop() {
        site.close();
        internal.close();
        hostile.stop(0);
    }

    @Test
    void fetchesAPageOnThePlatformsHostsAndPort() {
        try (PageFetcher fetcher = fetcher(PlatformHosts.of(site.hostEntry()).allowingPrivateAddresses())) {
            Fetched fetched = fetcher.followRedirects(site.profile("plain"), Map.of());

            assertThat(fetched).isInstanceOfSatisfying(Fetched.Page.class, page -> {
                assertThat(page.status()).isEqualTo(200);
                assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("1,234");
            });
        }
    }

    @Test
    void refusesAnotherPortOfTheSameHostWithoutConnecting() {
        try (PageFetcher fetcher = fetcher(PlatformHosts.of(site.hostEntry()).allowingPrivateAddresses())) {
            Fetched fetched = fetcher.followRedirects(internal.url(), Map.of());

            assertRefusedNaming(fetched, "hosts");
        }
        assertThat(internal.requests()).isZero();
    }

    @Test
    void refusesARedirectOffThePlatformsHostsWithoutFollowingIt() {
        try (PageFetcher fetcher = fetcher(PlatformHosts.of(site.hostEntry()).allowingPrivateAddresses())) {
            Fetched fetched = fetcher.followRedirects(site.redirectTo(internal.url()), Map.of());

            assertRefusedNaming(fetched, "redirected");
        }
        assertThat(internal.requests()).isZero();
    }

    @Test
    void refusesLoopbackUnlessThePlatformAllowsPrivateAddresses() {
        try (PageFetcher strict = fetcher(PlatformHosts.of("localhost:" + internal.port()));
                PageFetcher intranet =
                        fetcher(PlatformHosts.of("localhost:" + internal.port()).allowingPrivateAddresses())) {
            Fetched refused = strict.followRedirects(internal.url("localhost"), Map.of());
            assertThat(internal.requests()).isZero();
            Fetched allowed = intranet.followRedirects(internal.url("localhost"), Map.of());

            assertRefusedNaming(refused, "address");
            assertThat(allowed).isInstanceOf(Fetched.Page.class);
            assertThat(internal.requests()).isOne();
        }
    }

    @Test
    void refusesAnIpv4MappedSpellingOfLoopback() {
        try (PageFetcher fetcher = fetcher(
                PlatformHosts.of("[::ffff:127.0.0.1]:" + internal.port(), "[::ffff:7f00:1]:" + internal.port()))) {
            assertRefusedNaming(fetcher.followRedirects(internal.url("[::ffff:127.0.0.1]"), Map.of()), "address");
            assertRefusedNaming(fetcher.followRedirects(internal.url("[::ffff:7f00:1]"), Map.of()), "address");
        }
        assertThat(internal.requests()).isZero();
    }

    @Test
    void neverFetchesTheMetadataAddressEvenForAnIntranetPlatform() {
        try (PageFetcher fetcher =
                fetcher(PlatformHosts.of("169.254.169.254", "[fd00:ec2::254]", "[::ffff:169.254.169.254]")
                        .allowingPrivateAddresses())) {
            for (String url : new String[] {
                "http://169.254.169.254/latest/meta-data/",
                "http://[fd00:ec2::254]/latest/meta-data/",
                "http://[::ffff:169.254.169.254]/latest/"
            }) {
                assertRefusedNaming(fetcher.followRedirects(URI.create(url), Map.of()), "address");
            }
        }
    }

    @Test
    void looksANameUpOnceAndConnectsToTheAddressItChecked() throws IOException {
        // The name answers 127.0.0.2 (allowed) first and the internal server's 127.0.0.1 after, as a rebinding name
        // would answer a second lookup. The fetch must reach 127.0.0.2 and never ask again.
        try (InternalServer allowed = InternalServer.startOn("127.0.0.2")) {
            AtomicInteger lookups = new AtomicInteger();
            AddressLookup rebinding = host ->
                    new InetAddress[] {InetAddress.getByName(lookups.incrementAndGet() == 1 ? "127.0.0.2" : "127.0.0.1")
                    };
            PlatformHosts hosts = PlatformHosts.of("rebind.test").allowingPrivateAddresses();
            try (PageFetcher fetcher = new PageFetcher(new FetchRules("a", hosts, rebinding), LIMITS, "test")) {
                Fetched fetched =
                        fetcher.followRedirects(URI.create("http://rebind.test:" + allowed.port() + "/p"), Map.of());

                assertThat(fetched).isInstanceOf(Fetched.Page.class);
                assertThat(lookups).hasValue(1);
                assertThat(allowed.requests()).isOne();
                assertThat(internal.requests()).isZero();
            }
        }
    }

    @Test
    void aNameThatDoesNotResolveIsAPassingFailure() {
        AddressLookup nowhere = host -> {
            throw new UnknownHostException(host);
        };
        try (PageFetcher fetcher =
                new PageFetcher(new FetchRules("a", PlatformHosts.of("gone.test"), nowhere), LIMITS, "test")) {
            assertThat(fetcher.followRedirects(URI.create("https://gone.test/p"), Map.of()))
                    .isInstanceOfSatisfying(
                            Fetched.Failed.class,
                            failed -> assertThat(failed.reason()).contains("could not be resolved"));
        }
    }

    @Test
    void refusesPagesLargerThanTheCapHoweverTheyArrive() {
        try (PageFetcher fetcher = fetcher(PlatformHosts.of(hostileEntry()).allowingPrivateAddresses())) {
            for (String path : new String[] {"/big", "/endless", "/bomb"}) {
                long started = System.nanoTime();
                Fetched fetched = fetcher.followRedirects(hostile(path), Map.of());

                assertRefusedNaming(fetched, "larger than 65,536 bytes");
                assertThat(Duration.ofNanos(System.nanoTime() - started))
                        .as(path)
                        .isLessThan(Duration.ofSeconds(5));
            }
            assertThat(fetcher.followRedirects(hostile("/small"), Map.of()))
                    .as("fetches on after cutting three off")
                    .isInstanceOfSatisfying(
                            Fetched.Page.class, page -> assertThat(page.body()).hasSize(2));
        }
    }

    @Test
    void cutsOffAPageThatTakesLongerThanTheTimeoutToArrive() {
        FetchLimits oneSecond = new FetchLimits(Duration.ofSeconds(1), LIMITS.maxBytes());
        PlatformHosts hosts = PlatformHosts.of(hostileEntry()).allowingPrivateAddresses();
        try (PageFetcher fetcher =
                new PageFetcher(new FetchRules("a", hosts, AddressLookup.system()), oneSecond, "test")) {
            long started = System.nanoTime();
            Fetched fetched = fetcher.followRedirects(hostile("/drip"), Map.of());

            assertThat(fetched)
                    .isInstanceOfSatisfying(
                            Fetched.Failed.class,
                            failed -> assertThat(failed.reason()).contains("within 1 s"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void followsAtMostFiveRedirects() {
        try (PageFetcher fetcher = fetcher(PlatformHosts.of(hostileEntry()).allowingPrivateAddresses())) {
            assertRefusedNaming(fetcher.followRedirects(hostile("/loop"), Map.of()), "more than 5 times");
        }
    }

    @Test
    void sendsOneRequestAsABrowserMadeItWithoutFollowingItsRedirect() {
        try (PageFetcher fetcher = fetcher(PlatformHosts.of(site.hostEntry()).allowingPrivateAddresses())) {
            Fetched fetched = fetcher.fetchOne(
                    "GET",
                    site.redirectTo(internal.url()),
                    Map.of("Host", "evil.example", "Accept", "text/html"),
                    null);

            assertThat(fetched).isInstanceOfSatisfying(Fetched.Page.class, page -> {
                assertThat(page.status()).isEqualTo(302);
                assertThat(page.header("Location")).contains(internal.url().toString());
            });
            assertRefusedNaming(fetcher.fetchOne("GET", internal.url(), Map.of(), null), "hosts");
        }
        assertThat(internal.requests()).isZero();
    }

    private void assertRefusedNaming(Fetched fetched, String words) {
        assertThat(fetched)
                .isInstanceOfSatisfying(
                        Fetched.Refused.class,
                        refused -> assertThat(refused.reason())
                                .contains(words)
                                .doesNotContain(internal.secret())
                                .doesNotContain(String.valueOf(internal.port()))
                                .doesNotContain("127.0.0")
                                .doesNotContain("169.254")
                                .doesNotContain("::"));
    }

    private PageFetcher fetcher(PlatformHosts hosts) {
        return new PageFetcher(new FetchRules("a", hosts, AddressLookup.system()), LIMITS, "Roster test");
    }

    private String hostileEntry() {
        return "127.0.0.1:" + hostile.getAddress().getPort();
    }

    private URI hostile(String path) {
        return URI.create("http://" + hostileEntry() + path);
    }

    private static byte[] gzipOfZeros(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[64 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                gzip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }
}

package dev.roster.adapters.http.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.JsonLinesRequestLog;
import dev.roster.adapters.http.routes.RosterApi;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.BrowserGuard;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.adapters.http.wire.RawConnection;
import dev.roster.application.Roster;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.testkit.InMemoryPorts;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.domain.platform.PlatformCode;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The edge over a real socket: a refused caller is answered from the head alone and disconnected, however large a
 * body it promises; a body that stalls or trickles is cut off, and the server keeps answering others.
 */
class JavalinServerEdgeTest {

    private static final String REGISTER = "/api/platforms/a/accounts";
    private static final Duration IDLE = Duration.ofMillis(700);

    private final JsonCodec json = new JsonCodec();
    private final InMemoryStorage storage = new InMemoryStorage();
    private JavalinServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRefusedAddressHearsForbiddenAtOnceWhateverBodyItPromisesAndIsDisconnected() throws Exception {
        start(IpAllowlist.parse("127.0.0.1/32"), new ConnectionLimits(Duration.ofSeconds(30), 1024));

        try (RawConnection stranger = RawConnection.open("127.0.0.2", server.port(), Duration.ofSeconds(5))) {
            long started = System.nanoTime();
            stranger.send(RawConnection.head(
                    "POST",
                    REGISTER,
                    host(),
                    Map.of("Content-Type", "application/json", "Content-Length", "1000000000")));
            RawConnection.Response refused = stranger.response().orElseThrow();

            assertThat(refused.status()).isEqualTo(403);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(refused.headers().get("connection")).isEqualTo("close");
            assertThat(stranger.closedByServer()).isTrue();
        }
        assertThat(accounts()).isZero();
        assertHealthy();
    }

    @Test
    void aDeclaredBodyOverTheRoutesLimitIsRefusedBeforeItIsRead() throws Exception {
        start(IpAllowlist.loopback(), ConnectionLimits.defaults());

        try (RawConnection caller = RawConnection.open("127.0.0.1", server.port(), Duration.ofSeconds(5))) {
            caller.send(RawConnection.head(
                    "POST", REGISTER, host(), Map.of("Content-Type", "application/json", "Content-Length", "70000")));

            assertThat(caller.response().orElseThrow().status()).isEqualTo(413);
            assertThat(caller.closedByServer()).isTrue();
        }
    }

    @Test
    void aBodyThatStopsComingIsCutOffAfterTheIdleTimeout() throws Exception {
        start(IpAllowlist.loopback(), new ConnectionLimits(IDLE, 0));

        try (RawConnection staller = RawConnection.open("127.0.0.1", server.port(), Duration.ofSeconds(10))) {
            long started = System.nanoTime();
            staller.send(RawConnection.head(
                            "POST",
                            REGISTER,
                            host(),
                            Map.of("Content-Type", "application/json", "Content-Length", "200"))
                    + "{\"name\":");

            assertThat(staller.closedByServer()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isBetween(IDLE.minusMillis(100), Duration.ofSeconds(5));
        }
        assertThat(accounts()).isZero();
        assertHealthy();
    }

    @Test
    void aBodyThatTricklesBelowTheMinimumRateIsCutOffBeforeTheIdleTimeout() throws Exception {
        start(IpAllowlist.loopback(), new ConnectionLimits(Duration.ofSeconds(20), 1000));

        try (RawConnection trickler = RawConnection.open("127.0.0.1", server.port(), Duration.ofMillis(300))) {
            long started = System.nanoTime();
            trickler.send(RawConnection.head(
                    "POST", REGISTER, host(), Map.of("Content-Type", "application/json", "Content-Length", "200")));
            boolean cut = false;
            for (int sent = 0; sent < 40 && !cut; sent++) {
                trickler.send("{");
                cut = trickler.closedByServer();
            }

            assertThat(cut).as("cut off while trickling").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        } catch (java.net.SocketException writeAfterClose) {
            // Writing to a connection the server has closed also shows it was cut off.
        }
        assertThat(accounts()).isZero();
        assertHealthy();
    }

    @Test
    void aForeignHostIsRefusedBeforeTheBody() throws Exception {
        start(
                IpAllowlist.loopback(),
                ConnectionLimits.defaults(),
                BrowserGuard.localServer(List.of("127.0.0.1", "localhost"), List.of(), true));

        try (RawConnection rebound = RawConnection.open("127.0.0.1", server.port(), Duration.ofSeconds(5))) {
            rebound.send(RawConnection.head(
                    "POST",
                    REGISTER,
                    "evil.example:" + server.port(),
                    Map.of("Content-Type", "application/json", "Content-Length", "1000000")));

            RawConnection.Response refused = rebound.response().orElseThrow();
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).contains("evil.example");
            assertThat(rebound.closedByServer()).isTrue();
        }
        assertHealthy();
    }

    private void start(IpAllowlist allowlist, ConnectionLimits limits) {
        start(allowlist, limits, BrowserGuard.none());
    }

    private void start(IpAllowlist allowlist, ConnectionLimits limits, BrowserGuard guard) {
        Roster roster = InMemoryPorts.everyCapability(storage).build();
        HttpApi api = new HttpApi(
                RosterApi.routes(roster, "memory", json),
                new EdgeSecurity(allowlist, new ClientAddresses(IpAllowlist.parse("")), guard, new OpenAccess()),
                json,
                new JsonLinesRequestLog(new PrintStream(PrintStream.nullOutputStream()), json),
                Clock.systemUTC());
        server = JavalinServer.start(api, "127.0.0.1", 0, Duration.ofSeconds(1), limits);
        warmUp();
    }

    /** The first request loads and compiles the request path; what the tests time is the edge. */
    private void warmUp() {
        try {
            assertHealthy();
        } catch (Exception failed) {
            throw new IllegalStateException("the server does not answer", failed);
        }
    }

    private String host() {
        return "127.0.0.1:" + server.port();
    }

    private long accounts() {
        return storage.accountSearch()
                .search(AccountQuery.all(PlatformCode.of("a"), 10))
                .items()
                .size();
    }

    private void assertHealthy() throws Exception {
        try (RawConnection caller = RawConnection.open("127.0.0.1", server.port(), Duration.ofSeconds(5))) {
            caller.send(RawConnection.head("GET", "/api/health", host(), Map.of()));
            assertThat(caller.response().orElseThrow().status()).isEqualTo(200);
        }
    }
}

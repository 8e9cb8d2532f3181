package dev.roster.attacks;

import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.browser.InternalServer;
import dev.roster.adapters.browser.fetch.FetchLimits;
import dev.roster.adapters.browser.playwright.RunningAsRoot;
import dev.roster.adapters.http.client.JdkHttpExchange;
import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.bootstrap.config.PlatformsFile;
import dev.roster.bootstrap.config.SourceSettings;
import dev.roster.bootstrap.config.StoreOptions;
import dev.roster.bootstrap.serve.CollectionWiring;
import dev.roster.bootstrap.serve.LocalServer;
import dev.roster.bootstrap.serve.Stores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The stage for attacks on metric collection: {@code roster serve}'s wiring in this JVM (Javalin on a free loopback
 * port, a PostgreSQL schema of its own on the test database, the collection timer ticking fast), the fake platform site,
 * and an internal server on loopback holding a secret. Its platforms invite each attack:
 * <ul>
 * <li>{@code a}: http, on the site's host and port (a loopback address it allows): its pages may redirect anywhere;
 * <li>{@code strict}: http, on {@code localhost} and {@code [::ffff:127.0.0.1]} at the internal server's port, private
 * addresses not allowed: names and spellings that lead to loopback;
 * <li>{@code meta}: http, on the cloud metadata addresses, private addresses allowed;
 * <li>{@code b}: browser, on the site's host and port: pages that ask for the internal server themselves.
 * </ul>
 */
final class CollectionAttackStage implements AutoCloseable {

    final FakePlatformSite site;
    final InternalServer internal;
    final LocalServer server;
    final RosterClient client;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final AttackDatabase database;

    private CollectionAttackStage(FakePlatformSite site, InternalServer internal, Path dir) throws Exception {
        this.site = site;
        this.internal = internal;
        Path platforms =
                Files.writeString(dir.resolve("platforms.yaml"), """
                platforms:
                  - code: a
                    name: Platform A
                    hosts: ["%1$s"]
                    allowPrivateAddresses: true
                    metrics: [followers]
                    collect: { source: http, ratePerMinute: 0, timeout: PT5S,
                               rules: { followers: { css: ".followers" } } }
                  - code: strict
                    name: Strict
                    hosts: ["localhost:%2$d", "[::ffff:127.0.0.1]:%2$d", "[::ffff:7f00:1]:%2$d"]
                    metrics: [followers]
                    collect: { source: http, ratePerMinute: 0, timeout: PT5S,
                               rules: { followers: { css: ".followers" } } }
                  - code: meta
                    name: Metadata
                    hosts: ["169.254.169.254", "[fd00:ec2::254]"]
                    allowPrivateAddresses: true
                    metrics: [followers]
                    collect: { source: http, ratePerMinute: 0, timeout: PT5S,
                               rules: { followers: { css: ".followers" } } }
                  - code: b
                    name: Platform B
                    hosts: ["%1$s"]
                    allowPrivateAddresses: true
                    metrics: [followers]
                    collect: { source: browser, ratePerMinute: 0, concurrency: 1, timeout: PT10S,
                               rules: { followers: { css: ".followers" } } }
                """.formatted(site.hostEntry(), internal.port()));
        this.database = new AttackDatabase();
        StoreOptions store = database.storeOptions(dir.resolve("data"));
        // As roster serve wires it, but with the timer ticking fast; as root (CI) Chromium runs without its sandbox.
        CollectionWiring collection = CollectionWiring.start(
                PlatformsFile.read(platforms),
                new SourceSettings(
                        Path.of(System.getenv().getOrDefault("ROSTER_CHROMIUM", "/usr/bin/chromium")),
                        FetchLimits.DEFAULT_MAX_BYTES,
                        !RunningAsRoot.check()),
                Duration.ofMillis(200),
                2,
                Clock.systemUTC());
        this.server = LocalServer.start(
                LocalServer.Settings.loopback(0, store.dataDir),
                new EdgeSecurity(
                        IpAllowlist.parse("127.0.0.0/8,::1/128"),
                        new ClientAddresses(IpAllowlist.parse("")),
                        new OpenAccess()),
                Stores.open(store),
                collection,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        this.client =
                new RosterClient(new JdkHttpExchange(server.url(), Duration.ofSeconds(20)), new JsonCodec(), null);
    }

    static CollectionAttackStage start() throws Exception {
        FakePlatformSite site = FakePlatformSite.start(1000);
        InternalServer internal = InternalServer.start();
        return new CollectionAttackStage(site, internal, Files.createTempDirectory("roster-attack"));
    }

    /** What the server logged so far. */
    String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** The account once {@code ready} holds, polled for up to a minute (the timer ticks five times a second). */
    AccountDto await(String platform, String id, Predicate<AccountDto> ready) {
        Instant giveUp = Instant.now().plusSeconds(60);
        AccountDto account = client.account(platform, id);
        while (!ready.test(account) && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", interrupted);
            }
            account = client.account(platform, id);
        }
        if (!ready.test(account)) {
            throw new AssertionError("account " + id + " of " + platform + " not ready within a minute: " + account
                    + "\nserver log:\n" + log());
        }
        return account;
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            site.close();
            internal.close();
            database.close();
        }
    }
}

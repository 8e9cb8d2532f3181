package dev.roster.bootstrap.cli;

import dev.roster.adapters.browser.playwright.RunningAsRoot;
import dev.roster.adapters.http.javalin.ConnectionLimits;
import dev.roster.application.consent.ConsentSettings;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.application.validation.PhoneNumbers;
import dev.roster.bootstrap.collect.MetricSources;
import dev.roster.bootstrap.config.CollectionOptions;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.ConnectionOptions;
import dev.roster.bootstrap.config.ConsentOptions;
import dev.roster.bootstrap.config.ImportOptions;
import dev.roster.bootstrap.config.PlatformDefinitions;
import dev.roster.bootstrap.config.SecurityOptions;
import dev.roster.bootstrap.config.SourceSettings;
import dev.roster.bootstrap.config.StoreOptions;
import dev.roster.bootstrap.local.WebApp;
import dev.roster.bootstrap.logging.BackgroundRequestLog;
import dev.roster.bootstrap.logging.FormattedLines;
import dev.roster.bootstrap.logging.FormattedRequestLog;
import dev.roster.bootstrap.logging.LogFormat;
import dev.roster.bootstrap.logging.LogLine;
import dev.roster.bootstrap.logging.LogOptions;
import dev.roster.bootstrap.serve.CollectionWiring;
import dev.roster.bootstrap.serve.EdgeSecurityFactory;
import dev.roster.bootstrap.serve.LocalServer;
import dev.roster.bootstrap.serve.OpenedStore;
import dev.roster.bootstrap.serve.Stores;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roster serve}: the API and the local runtime, until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the API. With no settings: on 127.0.0.1:8080, over an embedded PostgreSQL under "
                + "--data-dir, without authentication (loopback only).")
public final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--host",
            defaultValue = "${env:ROSTER_HOST:-127.0.0.1}",
            description = "Address to listen on (ROSTER_HOST). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(
            names = "--port",
            defaultValue = "${env:ROSTER_PORT:-8080}",
            description = "Port to listen on; 0 picks a free one (ROSTER_PORT). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--public-url",
            defaultValue = "${env:ROSTER_PUBLIC_URL}",
            description = "The address callers use, for download links (ROSTER_PUBLIC_URL). Default: http://host:port.")
    URI publicUrl;

    @Option(
            names = "--phone-region",
            defaultValue = "${env:ROSTER_PHONE_REGION:-KR}",
            description = "Region of phone numbers typed without a country code (ROSTER_PHONE_REGION). "
                    + "Default: ${DEFAULT-VALUE}.")
    String phoneRegion;

    @Option(
            names = "--via-lambda",
            defaultValue = "${env:ROSTER_VIA_LAMBDA:-false}",
            description = "Serve through the Lambda API handler behind a local stand-in for API Gateway, to try the "
                    + "Lambda path on a laptop (ROSTER_VIA_LAMBDA). Default: ${DEFAULT-VALUE}.")
    boolean viaLambda;

    @Mixin
    LogOptions logging;

    @Mixin
    StoreOptions store;

    @Mixin
    SecurityOptions security;

    @Mixin
    CollectionOptions collection;

    @Mixin
    ImportOptions imports;

    @Mixin
    ConnectionOptions connections;

    @Mixin
    ConsentOptions consent;

    @Spec
    CommandSpec spec;

    /** A name that does not resolve would fail only after the store was started: told first. */
    private static void checkHost(String host) {
        if (host == null || host.isBlank()) {
            throw new ConfigurationException("--host", "is empty: give an address such as 127.0.0.1 or 0.0.0.0");
        }
        try {
            InetAddress.getByName(host.strip());
        } catch (UnknownHostException unknown) {
            throw new ConfigurationException(
                    "--host", "is not an address of this machine or a name that resolves: '" + host + "'");
        }
    }

    @Override
    public Integer call() throws Exception {
        LogFormat format = logging.format();
        store.check();
        checkHost(host);
        if (port < 0 || port > 65_535) {
            throw new ConfigurationException("--port", "must be 0-65535, not " + port);
        }
        if (publicUrl != null
                && !(("http".equals(publicUrl.getScheme()) || "https".equals(publicUrl.getScheme()))
                        && publicUrl.getHost() != null)) {
            throw new ConfigurationException(
                    "--public-url",
                    "must be an http(s) URL such as https://roster.example.com, " + "not '" + publicUrl + "'");
        }
        collection.platforms.checkChromiumIfGiven();
        try {
            new PhoneNumbers(phoneRegion);
        } catch (IllegalArgumentException unknown) {
            throw new ConfigurationException("--phone-region", "is not a region libphonenumber knows: " + phoneRegion);
        }
        ImportSettings importSettings = imports.settings();
        ConsentSettings consentSettings = consent.settings();
        EdgeSecurityFactory.Edge edge = EdgeSecurityFactory.forHost(host, publicUrl, security);
        WebApp.Cognito signIn = EdgeSecurityFactory.cognitoSignIn(security.auth).orElse(null);
        ConnectionLimits connectionLimits = connections.limits();
        PlatformDefinitions platforms = collection.platforms.load();
        boolean root = RunningAsRoot.check();
        SourceSettings sourceSettings = collection.platforms.sourceSettings(!root);
        Duration tick = collection.tick();
        int workers = collection.workers();
        // From here on every line, Roster's and its libraries', comes out in the one format.
        LogLine lines = new LogLine(format);
        PrintStream rawOut = System.out;
        System.setOut(new PrintStream(
                new FormattedLines(rawOut, lines, "INFO", "roster", Clock.systemUTC()), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(
                new FormattedLines(System.err, lines, "WARN", "roster", Clock.systemUTC()),
                true,
                StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        if (store.kind() == StoreOptions.Kind.POSTGRES) {
            store.jdbcLogin().notice().ifPresent(notice -> {
                out.println(notice + ".");
                out.flush();
            });
        }
        OpenedStore opened = Stores.open(store);
        BackgroundRequestLog requestLog =
                BackgroundRequestLog.start(rawOut, batch -> new FormattedRequestLog(batch, lines, Clock.systemUTC()));
        LocalServer server;
        CollectionWiring collecting = null;
        try {
            collecting = CollectionWiring.start(platforms, sourceSettings, tick, workers, Clock.systemUTC());
            server = LocalServer.start(
                    new LocalServer.Settings(
                            host,
                            port,
                            publicUrl,
                            store.dataDir,
                            phoneRegion,
                            importSettings,
                            consentSettings,
                            viaLambda ? LocalServer.Transport.LAMBDA : LocalServer.Transport.JAVALIN,
                            connectionLimits,
                            signIn),
                    edge.security(),
                    opened,
                    collecting,
                    System.out,
                    requestLog);
        } catch (RuntimeException failed) {
            try (opened;
                    AutoCloseable sources = collecting;
                    requestLog) {
                throw failed;
            }
        }
        out.println("Roster is serving " + server.url() + "  (store: " + opened.description()
                + (viaLambda ? "; through the Lambda handler" : "") + ")");
        out.println("Open " + server.url() + "/ in a browser for the web UI.");
        if (edge.open()) {
            out.println(
                    "No authentication is configured: every caller acts as admin. "
                            + "That is allowed only on loopback; set ROSTER_AUTH_SECRET or ROSTER_AUTH_JWKS_URL to require tokens.");
        }
        if (root && MetricSources.anyBrowser(platforms, platforms::collectedByTheServer)) {
            out.println("Running as root: Chromium reads pages without its sandbox. Run Roster as an ordinary user "
                    + "to keep it (docs/collection.md).");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try (requestLog) {
                                server.close();
                            } catch (Exception failed) {
                                System.err.println("while stopping: " + failed);
                            } finally {
                                stopped.countDown();
                            }
                        },
                        "roster-shutdown"));
        stopped.await();
        return 0;
    }
}

package dev.roster.bootstrap.serve;

import dev.roster.adapters.excel.PoiSpreadsheetReader;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.adapters.excel.pdf.PdfBoxInspector;
import dev.roster.adapters.http.javalin.ConnectionLimits;
import dev.roster.adapters.http.javalin.JavalinServer;
import dev.roster.adapters.http.routes.ApiMetrics;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.HttpService;
import dev.roster.adapters.http.routes.JsonLinesRequestLog;
import dev.roster.adapters.http.routes.Readiness;
import dev.roster.adapters.http.routes.RequestLog;
import dev.roster.adapters.http.routes.RosterApi;
import dev.roster.adapters.http.routes.RouteTable;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.lambda.api.ApiGatewayHandler;
import dev.roster.adapters.lambda.api.OversizedResponses;
import dev.roster.application.Roster;
import dev.roster.application.consent.ConsentSettings;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.bootstrap.local.FileLinks;
import dev.roster.bootstrap.local.FileRoutes;
import dev.roster.bootstrap.local.LinkSigningKey;
import dev.roster.bootstrap.local.LocalApiGateway;
import dev.roster.bootstrap.local.LocalFileStore;
import dev.roster.bootstrap.local.LocalJobWorker;
import dev.roster.bootstrap.local.WebApp;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local server: the API over a store, with the local file store's download links and the web UI, served by
 * Javalin or through the Lambda function behind a local stand-in for API Gateway. What AWS provides in production
 * (S3, SQS, CloudFront) the local runtime provides here.
 */
public final class LocalServer implements AutoCloseable {

    private static final Duration DRAIN = Duration.ofSeconds(10);
    /** How soon a queued import starts when the worker was idle. */
    private static final Duration WORKER_POLL = Duration.ofMillis(200);

    /** How requests reach the route table. */
    public enum Transport {
        /** Javalin (Jetty) calls the route table directly. */
        JAVALIN,
        /** Each request becomes an API Gateway event for the Lambda API handler, as on AWS. */
        LAMBDA
    }

    /**
     * Where and how to serve.
     *
     * @param publicUrl   the address callers use (for download links), or {@code null} for http://host:port
     * @param imports     the bounds of Excel imports
     * @param connections how long a silent caller is waited for, and how slowly a body may come
     * @param cognito     where people sign in, told to the web UI and {@code roster login} in {@code config.json}; or
     *                    {@code null}, when they paste a token or nobody signs in
     */
    public record Settings(
            String host,
            int port,
            URI publicUrl,
            Path dataDir,
            String phoneRegion,
            ImportSettings imports,
            ConsentSettings consent,
            Transport transport,
            ConnectionLimits connections,
            WebApp.Cognito cognito) {

        /** Loopback defaults for embedding and benchmarks: imports as by default, served by Javalin. */
        public static Settings loopback(int port, Path dataDir) {
            return new Settings(
                    "127.0.0.1",
                    port,
                    null,
                    dataDir,
                    "KR",
                    ImportSettings.defaults(),
                    ConsentSettings.defaults(),
                    Transport.JAVALIN,
                    ConnectionLimits.defaults(),
                    null);
        }
    }

    private static WebApp webApp(Settings settings, EdgeSecurity edge) {
        if (settings.cognito() != null) {
            return WebApp.ofClassPath(settings.cognito());
        }
        return WebApp.ofClassPath(
                edge.authenticator().requiresCredentials() ? WebApp.SignIn.TOKEN : WebApp.SignIn.NONE);
    }

    private final AutoCloseable server;
    private final int port;
    private final OpenedStore store;
    private final URI url;
    private final LocalFileStore files;
    private final LocalJobWorker worker;
    private final AutoCloseable collection;

    private LocalServer(
            AutoCloseable server,
            int port,
            OpenedStore store,
            URI url,
            LocalFileStore files,
            LocalJobWorker worker,
            AutoCloseable collection) {
        this.server = server;
        this.port = port;
        this.store = store;
        this.url = url;
        this.files = files;
        this.worker = worker;
        this.collection = collection;
    }

    /**
     * Starts serving; the server runs queued jobs on a worker thread and, with {@code collection}, collects metrics
     * on a timer. Closing the server stops all of it and lets go of the store.
     */
    public static LocalServer start(
            Settings settings, EdgeSecurity edge, OpenedStore store, CollectionWiring collection, PrintStream log) {
        return start(settings, edge, store, collection, log, new JsonLinesRequestLog(log, new JsonCodec()));
    }

    /** As {@link #start(Settings, EdgeSecurity, OpenedStore, CollectionWiring, PrintStream)}, logging requests so. */
    public static LocalServer start(
            Settings settings,
            EdgeSecurity edge,
            OpenedStore store,
            CollectionWiring collection,
            PrintStream log,
            RequestLog requestLog) {
        Clock clock = Clock.systemUTC();
        JsonCodec json = new JsonCodec();
        AtomicReference<URI> base = new AtomicReference<>(settings.publicUrl());
        FileLinks links = new FileLinks(base::get, LinkSigningKey.loadOrCreate(settings.dataDir()), clock);
        LocalFileStore files = new LocalFileStore(settings.dataDir().resolve("files"), links);
        // The roster counts what it does into the metrics GET /api/metrics serves.
        ApiMetrics metrics = new ApiMetrics();
        Roster roster = collection
                .configure(Roster.builder(), store.collectionQueue())
                .storage(store.storage())
                .defaultPhoneRegion(settings.phoneRegion())
                .clock(clock)
                .files(files)
                .spreadsheets(
                        new PoiSpreadsheetReader(), new PoiSpreadsheetWriter(ZoneId.systemDefault()), store.jobQueue())
                .reports(store.jobQueue())
                .importSettings(settings.imports())
                .consent(new PdfBoxInspector())
                .consentSettings(settings.consent())
                .meter(metrics)
                .build();
        Map<String, Readiness.Probe> parts = new LinkedHashMap<>(store.probes());
        parts.put("fileStore", files::checkWritable);
        store.gauges().accept(metrics);
        RouteTable routes = RosterApi.routes(
                        roster, store.name(), json, Readiness.of(parts), metrics, collection.definitionsDocument())
                .with(FileRoutes.of(files, links, settings.imports().maxUploadBytes()))
                .withFallback(webApp(settings, edge).route());
        HttpApi api = new HttpApi(routes, edge, json, metrics.counting(requestLog), clock);
        LocalJobWorker worker =
                LocalJobWorker.start(store.jobQueue(), roster.jobs().deliveredBy(store.jobQueue()), WORKER_POLL, log);
        HttpService served = settings.transport() == Transport.LAMBDA
                ? new LocalApiGateway(api, new ApiGatewayHandler(api, new OversizedResponses(files), json), clock)
                : api;
        JavalinServer server;
        try {
            server = JavalinServer.start(served, settings.host(), settings.port(), DRAIN, settings.connections());
        } catch (RuntimeException failed) {
            stopQuietly(worker);
            throw failed;
        }
        int listening = server.port();
        String host = settings.host();
        URI url = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + listening);
        base.compareAndSet(null, url);
        AutoCloseable timer = collection.startTimer(roster, store.collectionQueue(), log);
        return new LocalServer(server, listening, store, url, files, worker, () -> {
            try (collection) {
                timer.close();
            }
        });
    }

    public URI url() {
        return url;
    }

    public int port() {
        return port;
    }

    /** The file store the server's download links serve from. */
    public LocalFileStore files() {
        return files;
    }

    /** Stops taking requests, lets those in flight finish, stops jobs and collecting, then lets go of the store. */
    @Override
    public void close() throws Exception {
        // Closed in reverse order after the listener: the job worker, then collection, then the store.
        try (store;
                collection;
                worker) {
            server.close();
        }
    }

    private static void stopQuietly(LocalJobWorker worker) {
        try {
            worker.close();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.roster.bootstrap.serve;

import dev.roster.adapters.excel.PoiSpreadsheetReader;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.adapters.http.javalin.JavalinServer;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.JsonLinesRequestLog;
import dev.roster.adapters.http.routes.RosterApi;
import dev.roster.adapters.http.routes.RouteTable;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.application.Roster;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.bootstrap.local.DownloadLinks;
import dev.roster.bootstrap.local.FileDownloadRoute;
import dev.roster.bootstrap.local.LinkSigningKey;
import dev.roster.bootstrap.local.LocalFileStore;
import dev.roster.bootstrap.local.LocalJobWorker;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local server: the API over a store, with the local file store's download links, served by Javalin. What AWS
 * provides in production (S3, SQS) the local runtime provides here.
 */
public final class LocalServer implements AutoCloseable {

    private static final Duration DRAIN = Duration.ofSeconds(10);
    /** How soon a queued import starts when the worker was idle. */
    private static final Duration WORKER_POLL = Duration.ofMillis(200);

    private final JavalinServer server;
    private final OpenedStore store;
    private final URI url;
    private final LocalFileStore files;
    private final LocalJobWorker worker;

    private LocalServer(JavalinServer server, OpenedStore store, URI url, LocalFileStore files, LocalJobWorker worker) {
        this.server = server;
        this.store = store;
        this.url = url;
        this.files = files;
        this.worker = worker;
    }

    /**
     * @param publicUrl the address callers use (for download links), or {@code null} for http://host:port
     */
    public static LocalServer start(String host, int port, URI publicUrl, Path dataDir, String phoneRegion,
            EdgeSecurity edge, OpenedStore store, PrintStream log) {
        return start(host, port, publicUrl, dataDir, phoneRegion, ImportSettings.defaults(), edge, store, log);
    }

    /**
     * @param publicUrl the address callers use (for download links), or {@code null} for http://host:port
     * @param imports   the bounds of Excel imports
     */
    public static LocalServer start(String host, int port, URI publicUrl, Path dataDir, String phoneRegion,
            ImportSettings imports, EdgeSecurity edge, OpenedStore store, PrintStream log) {
        Clock clock = Clock.systemUTC();
        JsonCodec json = new JsonCodec();
        AtomicReference<URI> base = new AtomicReference<>(publicUrl);
        DownloadLinks links = new DownloadLinks(base::get, LinkSigningKey.loadOrCreate(dataDir), clock);
        LocalFileStore files = new LocalFileStore(dataDir.resolve("files"), links);
        Roster roster = Roster.builder().storage(store.storage()).defaultPhoneRegion(phoneRegion).clock(clock)
                .files(files).jobQueue(store.jobQueue())
                .spreadsheets(new PoiSpreadsheetReader(), new PoiSpreadsheetWriter(ZoneId.systemDefault()))
                .importSettings(imports).build();
        RouteTable routes = RosterApi.routes(roster, store.name(), json)
                .with(List.of(FileDownloadRoute.of(files, links)));
        HttpApi api = new HttpApi(routes, edge, json, new JsonLinesRequestLog(log, json), clock);
        LocalJobWorker worker = LocalJobWorker.start(store.jobQueue(), roster.runDeliveredJob(), WORKER_POLL, log);
        JavalinServer server;
        try {
            server = JavalinServer.start(api, host, port, DRAIN);
        } catch (RuntimeException failed) {
            stopQuietly(worker);
            throw failed;
        }
        URI url = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port());
        base.compareAndSet(null, url);
        return new LocalServer(server, store, url, files, worker);
    }

    public URI url() {
        return url;
    }

    public int port() {
        return server.port();
    }

    /** The file store the server's download links serve from. */
    public LocalFileStore files() {
        return files;
    }

    /** Stops taking requests and jobs, lets those in flight finish, then lets go of the store. */
    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            try {
                worker.close();
            } finally {
                store.close();
            }
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

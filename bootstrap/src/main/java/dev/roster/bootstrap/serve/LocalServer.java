package dev.roster.bootstrap.serve;

import dev.roster.adapters.http.javalin.JavalinServer;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.JsonLinesRequestLog;
import dev.roster.adapters.http.routes.RosterApi;
import dev.roster.adapters.http.routes.RouteTable;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.lambda.api.ApiGatewayHandler;
import dev.roster.adapters.lambda.api.OversizedResponses;
import dev.roster.application.Roster;
import dev.roster.bootstrap.local.DownloadLinks;
import dev.roster.bootstrap.local.FileDownloadRoute;
import dev.roster.bootstrap.local.LinkSigningKey;
import dev.roster.bootstrap.local.LocalApiGateway;
import dev.roster.bootstrap.local.LocalFileStore;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local server: the API over a store, with the local file store's download links, served by Javalin or through
 * the Lambda function behind a local stand-in for API Gateway. What AWS provides in production (S3, SQS) the local
 * runtime provides here.
 */
public final class LocalServer implements AutoCloseable {

    private static final Duration DRAIN = Duration.ofSeconds(10);

    /** How requests reach the route table. */
    public enum Transport {
        /** Javalin (Jetty) calls the route table directly. */
        JAVALIN,
        /** Each request becomes an API Gateway event for the Lambda API handler, as on AWS. */
        LAMBDA
    }

    private final AutoCloseable server;
    private final int port;
    private final OpenedStore store;
    private final URI url;
    private final LocalFileStore files;
    private final AutoCloseable collection;

    private LocalServer(AutoCloseable server, int port, OpenedStore store, URI url, LocalFileStore files,
            AutoCloseable collection) {
        this.server = server;
        this.collection = collection;
        this.port = port;
        this.store = store;
        this.url = url;
        this.files = files;
    }

    /**
     * @param publicUrl the address callers use (for download links), or {@code null} for http://host:port
     */
    public static LocalServer start(String host, int port, URI publicUrl, Path dataDir, String phoneRegion,
            EdgeSecurity edge, OpenedStore store, Transport transport, PrintStream log) {
        return start(host, port, publicUrl, dataDir, phoneRegion, edge, store, transport, log, CollectionWiring.none());
    }

    /** @param collection the platforms and how they are collected; the server stops its timer and sources on close */
    public static LocalServer start(String host, int port, URI publicUrl, Path dataDir, String phoneRegion,
            EdgeSecurity edge, OpenedStore store, Transport transport, PrintStream log, CollectionWiring collection) {
        Clock clock = Clock.systemUTC();
        JsonCodec json = new JsonCodec();
        AtomicReference<URI> base = new AtomicReference<>(publicUrl);
        DownloadLinks links = new DownloadLinks(base::get, LinkSigningKey.loadOrCreate(dataDir), clock);
        LocalFileStore files = new LocalFileStore(dataDir.resolve("files"), links);
        Roster roster = collection.configure(Roster.builder(), store.collectionQueue())
                .storage(store.storage()).defaultPhoneRegion(phoneRegion).clock(clock).build();
        RouteTable routes = RosterApi.routes(roster, store.name(), json)
                .with(List.of(FileDownloadRoute.of(files, links)));
        HttpApi api = new HttpApi(routes, edge, json, new JsonLinesRequestLog(log, json), clock);
        int listening;
        AutoCloseable server;
        if (transport == Transport.LAMBDA) {
            LocalApiGateway gateway = LocalApiGateway.start(
                    new ApiGatewayHandler(api, new OversizedResponses(files), json), host, port, DRAIN);
            server = gateway;
            listening = gateway.port();
        } else {
            JavalinServer javalin = JavalinServer.start(api, host, port, DRAIN);
            server = javalin;
            listening = javalin.port();
        }
        URI url = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + listening);
        base.compareAndSet(null, url);
        AutoCloseable timer = collection.startTimer(roster, store.collectionQueue(), log);
        return new LocalServer(server, listening, store, url, files, () -> {
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

    /** Stops taking requests, lets those in flight finish, stops collecting, then lets go of the store. */
    @Override
    public void close() throws Exception {
        try (store; collection) {
            server.close();
        }
    }
}

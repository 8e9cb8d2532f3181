package dev.roster.dynamodb.testserver;

import com.sun.net.httpserver.HttpServer;
import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.http.DynamoDbHandler;
import dev.roster.dynamodb.testserver.operation.Operation;
import dev.roster.dynamodb.testserver.operation.Operations;
import dev.roster.dynamodb.testserver.table.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Roster's DynamoDB test server: the DynamoDB API Roster uses, in memory, over HTTP, for the real AWS SDK client.
 *
 * <pre>{@code
 * try (DynamoDbTestServer server = DynamoDbTestServer.builder().start()) {      // a free port on 127.0.0.1
 *     DynamoDbClient client = DynamoDbClient.builder().endpointOverride(server.endpoint())...build();
 *     server.faults().failNext(2, Fault.THROTTLING);                          // the client retries
 *     server.expireItems();                                                   // TTL, by the server's clock
 * }
 * }</pre>
 */
public final class DynamoDbTestServer implements AutoCloseable {

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer http;
    private final ExecutorService workers;
    private final ScheduledExecutorService sweeper;
    private final Database database;
    private final Faults faults;

    private DynamoDbTestServer(Builder builder) throws IOException {
        this.database = new Database(builder.clock);
        this.faults = new Faults();
        this.http = HttpServer.create(new InetSocketAddress(builder.host, builder.port), 0);
        this.workers = Executors.newCachedThreadPool(daemonThreads("dynamodb-test-server-"));
        http.setExecutor(workers);
        http.createContext("/", new DynamoDbHandler(new Operations(database), new DynamoDbHandler.FaultSource() {
            @Override
            public Duration latency(Operation operation) {
                return faults.latency(operation);
            }

            @Override
            public DynamoDbException take(Operation operation) {
                return faults.take(operation);
            }

            @Override
            public boolean takeUnprocessed(Operation operation) {
                return faults.takeUnprocessed(operation);
            }
        }));
        http.start();
        if (builder.ttlSweep != null) {
            sweeper = Executors.newSingleThreadScheduledExecutor(daemonThreads("dynamodb-test-server-ttl-"));
            long period = builder.ttlSweep.toMillis();
            sweeper.scheduleAtFixedRate(database::expireItems, period, period, TimeUnit.MILLISECONDS);
        } else {
            sweeper = null;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where clients reach the server, e.g. {@code http://127.0.0.1:41237}. */
    public URI endpoint() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().isAnyLocalAddress()
                ? "127.0.0.1"
                : address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The faults the next requests meet. */
    public Faults faults() {
        return faults;
    }

    /**
     * Deletes every item whose TTL has passed by the server's clock, in tables with TTL enabled, as DynamoDB's TTL
     * process eventually does (until then, expired items are still read, as on DynamoDB).
     *
     * @return how many items were deleted
     */
    public int expireItems() {
        return database.expireItems();
    }

    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        http.stop(0);
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** How to start a server: port (0, a free one, by default), address, clock, TTL sweep. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private Clock clock = Clock.systemUTC();
        private Duration ttlSweep;

        private Builder() {}

        /** The port to listen on; 0 (the default) takes a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The address to listen on; loopback by default. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The clock TTL and client request tokens go by; a test steps its own. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Expire items by TTL every {@code period}, as well as on {@link #expireItems()}. */
        public Builder ttlSweepEvery(Duration period) {
            this.ttlSweep = period;
            return this;
        }

        public DynamoDbTestServer start() {
            // The JDK's server writes a response's headers and body apart; with Nagle's algorithm on, the body then
            // waits for the client's delayed ACK, 40 ms a request. The setting is read once, when the JVM's first
            // HttpServer starts: a test JVM that starts another one first should pass -D...nodelay=true itself.
            if (System.getProperty(NO_DELAY) == null) {
                System.setProperty(NO_DELAY, "true");
            }
            try {
                return new DynamoDbTestServer(this);
            } catch (IOException failure) {
                throw new UncheckedIOException(
                        "the DynamoDB test server could not listen on " + host + ":" + port, failure);
            }
        }
    }
}

package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.schema.StoreSchema;
import dev.roster.adapters.dynamodb.schema.TableDefinition;
import dev.roster.dynamodb.testserver.DynamoDbTestServer;
import dev.roster.dynamodb.testserver.Faults;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Roster's DynamoDB test server, started in this JVM on a free port, in memory, and reached over HTTP by the same
 * client production uses. Tests share one set of tables, emptied before each; {@link #freshTables()} makes another set.
 */
final class LocalDynamo {

    private final DynamoDbTestServer server;
    private final URI endpoint;
    private final DynamoDbClient client;
    private final String prefix;

    private LocalDynamo() {
        this.server = DynamoDbTestServer.builder().start();
        this.endpoint = server.endpoint();
        this.client = DynamoClients.local(endpoint);
        this.prefix = freshTables();
    }

    /** The one emulator of this test JVM, started on first use (a holder class: no mutable static state). */
    static LocalDynamo shared() {
        return Holder.STARTED;
    }

    URI endpoint() {
        return endpoint;
    }

    /** The faults the server's next requests meet (throttling, 500s): how a test sees the client's retries. */
    Faults faults() {
        return server.faults();
    }

    DynamoDbClient client() {
        return client;
    }

    /** The prefix of the tables {@link #emptyStorage()} empties. */
    String prefix() {
        return prefix;
    }

    /** A fresh table prefix with every table created under it. */
    String freshTables() {
        String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
        MissingTables.create(client, prefix);
        return prefix;
    }

    /**
     * A store over this JVM's tables with every item removed: much faster than new tables (a CreateTable waits for the
     * table to be active), and tests run one after another.
     */
    DynamoStorage emptyStorage() {
        emptyTables();
        return DynamoStorage.create(client, DynamoSettings.defaults(prefix));
    }

    /**
     * A store over this JVM's tables emptied, on {@code clock}, with one writer for bulk registrations (so a crash
     * point is the same each run), stopped where {@code steps} throws.
     */
    DynamoStorage emptyStorage(Clock clock, BulkRegistration.Steps steps) {
        return emptyStorage(clock, steps, 1);
    }

    /** As {@link #emptyStorage(Clock, BulkRegistration.Steps)}, with {@code writers} writers for bulk registrations. */
    DynamoStorage emptyStorage(Clock clock, BulkRegistration.Steps steps, int writers) {
        emptyTables();
        return DynamoStorage.create(
                client, new DynamoSettings(prefix, null, Duration.ofSeconds(5), writers), clock, steps);
    }

    /** Another store over this JVM's tables as they are (a process started after one was killed), as above. */
    DynamoStorage storage(Clock clock, BulkRegistration.Steps steps) {
        return DynamoStorage.create(client, new DynamoSettings(prefix, null, Duration.ofSeconds(5), 1), clock, steps);
    }

    private void emptyTables() {
        for (TableDefinition table : StoreSchema.ALL) {
            String name = table.nameWith(prefix);
            List<String> key = table.sort()
                    .map(sort -> List.of(table.partitionKey(), sort))
                    .orElse(List.of(table.partitionKey()));
            client.scanPaginator(request -> request.tableName(name).attributesToGet(key))
                    .items()
                    .forEach(item ->
                            client.deleteItem(request -> request.tableName(name).key(item)));
        }
    }

    private static final class Holder {
        static final LocalDynamo STARTED = new LocalDynamo();
    }
}

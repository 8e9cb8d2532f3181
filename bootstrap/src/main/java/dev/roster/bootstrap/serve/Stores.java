package dev.roster.bootstrap.serve;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.dynamodb.DynamoClients;
import dev.roster.adapters.dynamodb.DynamoSettings;
import dev.roster.adapters.dynamodb.DynamoStorage;
import dev.roster.adapters.dynamodb.MissingTables;
import dev.roster.adapters.dynamodb.schema.StoreSchema;
import dev.roster.adapters.http.routes.Readiness;
import dev.roster.adapters.postgres.JobQueueSettings;
import dev.roster.adapters.postgres.PostgresJobQueue;
import dev.roster.adapters.postgres.PostgresMigrations;
import dev.roster.adapters.postgres.PostgresPool;
import dev.roster.adapters.postgres.PostgresSettings;
import dev.roster.adapters.postgres.PostgresStorage;
import dev.roster.application.error.UnavailableException;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.JdbcLogin;
import dev.roster.bootstrap.config.StoreOptions;
import dev.roster.bootstrap.local.InProcessJobQueue;
import dev.roster.bootstrap.local.LocalPostgres;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Opens the store the settings ask for, migrated and ready. */
public final class Stores {

    /** The PostgreSQL queue of metric collection jobs, apart from the {@code jobs} queue. */
    public static final String COLLECTION_QUEUE = "collections";

    /** A request waits this long for the database before it is answered 503: under the 5 s a caller is promised. */
    private static final Duration WAIT_FOR_A_CONNECTION = Duration.ofSeconds(3);

    /**
     * How many account pages a server on PostgreSQL keeps in memory (issue 21): the accounts a team opens in a day
     * many times over, at well under 1 KB each (docs/postgres.md "The account page in memory").
     */
    private static final int ACCOUNT_PAGES_KEPT = 20_000;

    private Stores() {}

    public static OpenedStore open(StoreOptions options) {
        return switch (options.kind()) {
            case EMBEDDED -> embedded(options);
            case POSTGRES -> postgres(options);
            case DYNAMODB -> dynamo(options);
        };
    }

    /** A real PostgreSQL from Maven-shipped binaries, its data under the data directory. */
    private static OpenedStore embedded(StoreOptions options) {
        LocalPostgres database = LocalPostgres.start(options.dataDir);
        OpenedStore opened;
        try {
            PostgresSettings local = database.settings();
            opened = onPostgres(
                    new PostgresSettings(
                            local.jdbcUrl(),
                            local.user(),
                            local.password(),
                            local.maxConnections(),
                            WAIT_FOR_A_CONNECTION),
                    "embedded-postgres",
                    "embedded PostgreSQL, data in " + database.dataDirectory()
                            + database.recovered().map(note -> "; " + note).orElse(""),
                    database);
        } catch (RuntimeException failed) {
            database.close();
            throw failed;
        }
        try {
            // This server alone holds the data directory: what a worker held when the last one died is nobody's, and
            // is taken up at once instead of when its lease runs out.
            int resumed = ((PostgresJobQueue) opened.jobQueue()).releaseAllHeld()
                    + ((PostgresJobQueue) opened.collectionQueue()).releaseAllHeld();
            return resumed == 0
                    ? opened
                    : opened.describedAs(opened.description() + "; " + resumed + (resumed == 1 ? " job" : " jobs")
                            + " left running by the last server resumed");
        } catch (RuntimeException failed) {
            try {
                opened.close();
            } catch (Exception closing) {
                failed.addSuppressed(closing);
            }
            throw failed;
        }
    }

    private static OpenedStore postgres(StoreOptions options) {
        JdbcLogin login = options.jdbcLogin();
        PostgresSettings settings = new PostgresSettings(
                login.url(),
                login.user(),
                login.password(),
                PostgresSettings.DEFAULT_MAX_CONNECTIONS,
                WAIT_FOR_A_CONNECTION);
        try {
            return onPostgres(
                    settings, "postgres", "PostgreSQL at " + settings.jdbcUrl() + " as " + login.user(), () -> {});
        } catch (UnavailableException unreachable) {
            throw RefusedLogin.of(unreachable).orElseThrow(() -> unreachable);
        }
    }

    /**
     * DynamoDB: Roster's DynamoDB test server (or another endpoint) at {@code --dynamodb-endpoint}, where missing
     * tables are created, or AWS's, where the tables are Terraform's to create. Jobs wait in an in-process queue, as DynamoDB has none.
     */
    private static OpenedStore dynamo(StoreOptions options) {
        DynamoDbClient client = dynamoClient(options);
        try {
            String prefix = options.dynamoDbTablePrefix;
            if (options.dynamoDbEndpoint != null && !options.dynamoDbEndpoint.isBlank()) {
                MissingTables.create(client, prefix);
            }
            DynamoStorage storage = DynamoStorage.create(client, DynamoSettings.defaults(prefix))
                    .prime();
            Clock clock = Clock.systemUTC();
            String where = options.dynamoDbEndpoint == null || options.dynamoDbEndpoint.isBlank()
                    ? "DynamoDB in " + options.dynamoDbRegion
                    : "DynamoDB at " + options.dynamoDbEndpoint;
            Readiness.Probe tables =
                    () -> client.describeTable(request -> request.tableName(StoreSchema.PEOPLE.nameWith(prefix)));
            return new OpenedStore(
                    storage,
                    new InProcessJobQueue(clock, JobQueueSettings.DEFAULT_MAX_RECEIVES),
                    new InProcessJobQueue(clock, JobQueueSettings.DEFAULT_MAX_RECEIVES),
                    "dynamodb",
                    where + ", tables " + prefix + "*",
                    client::close,
                    Map.of("store", tables, "jobQueue", () -> {}),
                    metrics -> {});
        } catch (RuntimeException failed) {
            client.close();
            throw failed;
        }
    }

    /** The client {@code --store dynamodb} and {@code roster migrate} use. */
    public static DynamoDbClient dynamoClient(StoreOptions options) {
        Region region;
        try {
            region = Region.of(options.dynamoDbRegion.strip());
        } catch (RuntimeException unknown) {
            throw new ConfigurationException("--dynamodb-region", "is not an AWS region: " + options.dynamoDbRegion);
        }
        if (options.dynamoDbEndpoint == null || options.dynamoDbEndpoint.isBlank()) {
            return DynamoClients.create(region);
        }
        try {
            URI endpoint = URI.create(options.dynamoDbEndpoint.strip());
            if (endpoint.getScheme() == null || endpoint.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return DynamoClients.local(endpoint);
        } catch (IllegalArgumentException malformed) {
            throw new ConfigurationException(
                    "--dynamodb-endpoint",
                    "must be a URL such as http://localhost:8000, not '" + options.dynamoDbEndpoint + "'");
        }
    }

    /** Runs a query on a connection of the pool: the connection timeout bounds it when the server is gone. */
    private static void query(HikariDataSource pool, String sql) throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute(sql);
        }
    }

    /** Opens a pool, brings the schema up to date, and hands out the storage and its durable job queue. */
    private static OpenedStore onPostgres(
            PostgresSettings settings, String name, String description, AutoCloseable database) {
        HikariDataSource pool = PostgresPool.open(settings);
        try {
            PostgresMigrations.migrate(pool);
            Clock clock = Clock.systemUTC();
            PostgresStorage storage = PostgresStorage.withAccountCache(pool, settings, ACCOUNT_PAGES_KEPT);
            return new OpenedStore(
                    storage,
                    new PostgresJobQueue(pool, JobQueueSettings.defaults(), clock),
                    new PostgresJobQueue(
                            pool, new JobQueueSettings(COLLECTION_QUEUE, JobQueueSettings.DEFAULT_MAX_RECEIVES), clock),
                    name,
                    description,
                    () -> {
                        try (database;
                                pool;
                                storage) {
                            // closed in the reverse order: the store's listener, the pool, then the database
                        }
                    },
                    Map.of(
                            "store",
                            () -> query(pool, "SELECT 1"),
                            "jobQueue",
                            () -> query(pool, "SELECT 1 FROM job_queue LIMIT 1")),
                    metrics -> QueueGauges.register(metrics, pool));
        } catch (RuntimeException failed) {
            pool.close();
            throw failed;
        }
    }
}

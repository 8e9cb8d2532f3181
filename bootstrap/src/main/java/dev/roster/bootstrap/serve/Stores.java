package dev.roster.bootstrap.serve;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.postgres.JobQueueSettings;
import dev.roster.adapters.postgres.PostgresJobQueue;
import dev.roster.adapters.postgres.PostgresMigrations;
import dev.roster.adapters.postgres.PostgresPool;
import dev.roster.adapters.postgres.PostgresSettings;
import dev.roster.adapters.postgres.PostgresStorage;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.StoreOptions;
import dev.roster.bootstrap.local.LocalPostgres;

/** Opens the store the settings ask for, migrated and ready. */
public final class Stores {

    /** The PostgreSQL queue of metric collection jobs, apart from the {@code jobs} queue. */
    public static final String COLLECTION_QUEUE = "collections";

    private Stores() {
    }

    public static OpenedStore open(StoreOptions options) {
        return switch (options.kind()) {
            case EMBEDDED -> embedded(options);
            case POSTGRES -> postgres(options);
            case DYNAMODB -> throw new ConfigurationException("--store", "dynamodb is not wired yet");
        };
    }

    /** A real PostgreSQL from Maven-shipped binaries, its data under the data directory. */
    private static OpenedStore embedded(StoreOptions options) {
        LocalPostgres database = LocalPostgres.start(options.dataDir);
        try {
            return onPostgres(database.settings(), "embedded-postgres",
                    "embedded PostgreSQL, data in " + database.dataDirectory(), database);
        } catch (RuntimeException failed) {
            database.close();
            throw failed;
        }
    }

    private static OpenedStore postgres(StoreOptions options) {
        if (options.jdbcUrl == null || options.jdbcUrl.isBlank()) {
            throw new ConfigurationException("--jdbc-url", "is required with --store postgres");
        }
        if (!options.jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new ConfigurationException("--jdbc-url", "must start with jdbc:postgresql:");
        }
        PostgresSettings settings = PostgresSettings.of(options.jdbcUrl.strip(), options.jdbcUser,
                options.jdbcPassword);
        return onPostgres(settings, "postgres", "PostgreSQL at " + settings.jdbcUrl(), () -> { });
    }

    /** Opens a pool, brings the schema up to date, and hands out the storage and its durable job queue. */
    private static OpenedStore onPostgres(PostgresSettings settings, String name, String description,
            AutoCloseable database) {
        HikariDataSource pool = PostgresPool.open(settings);
        try {
            PostgresMigrations.migrate(pool);
            return new OpenedStore(PostgresStorage.create(pool),
                    new PostgresJobQueue(pool, JobQueueSettings.defaults()),
                    new PostgresJobQueue(pool, new JobQueueSettings(COLLECTION_QUEUE, JobQueueSettings.DEFAULT_MAX_RECEIVES)),
                    name, description, () -> {
                        try (database) {
                            pool.close();
                        }
                    });
        } catch (RuntimeException failed) {
            pool.close();
            throw failed;
        }
    }
}

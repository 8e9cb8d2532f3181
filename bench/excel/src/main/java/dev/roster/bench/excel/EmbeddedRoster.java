package dev.roster.bench.excel;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.excel.PoiSpreadsheetReader;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.adapters.postgres.JobQueueSettings;
import dev.roster.adapters.postgres.PostgresJobQueue;
import dev.roster.adapters.postgres.PostgresMigrations;
import dev.roster.adapters.postgres.PostgresPool;
import dev.roster.adapters.postgres.PostgresStorage;
import dev.roster.application.Roster;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.bootstrap.local.FileLinks;
import dev.roster.bootstrap.local.LocalFileStore;
import dev.roster.bootstrap.local.LocalPostgres;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/** A fresh embedded PostgreSQL, migrated, and a Roster on it wired as the local server wires it. */
final class EmbeddedRoster implements AutoCloseable {

    private final LocalPostgres database;
    private final HikariDataSource pool;
    final PostgresStorage storage;
    final Roster roster;

    EmbeddedRoster(Path directory) {
        database = LocalPostgres.start(directory);
        pool = PostgresPool.open(database.settings());
        PostgresMigrations.migrate(pool);
        storage = PostgresStorage.create(pool);
        Clock clock = Clock.systemUTC();
        LocalFileStore files = new LocalFileStore(
                directory.resolve("files"),
                new FileLinks(() -> URI.create("http://127.0.0.1:8080"), new byte[32], clock));
        roster = Roster.builder()
                .storage(storage)
                .clock(clock)
                .files(files)
                .spreadsheets(
                        new PoiSpreadsheetReader(),
                        new PoiSpreadsheetWriter(ZoneOffset.UTC),
                        new PostgresJobQueue(pool, JobQueueSettings.defaults(), clock))
                // Everything at once: the figure is the import's, not the queue's.
                .importSettings(new ImportSettings(1_000_000, 1_000_000, 200L * 1024 * 1024, Duration.ofHours(1)))
                .build();
    }

    @Override
    public void close() {
        pool.close();
        database.close();
    }
}

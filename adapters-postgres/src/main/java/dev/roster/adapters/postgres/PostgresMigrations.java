package dev.roster.adapters.postgres;

import dev.roster.application.error.UnavailableException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a database's schema up to the one this version of Roster needs, with Flyway's forward-only migrations. */
public final class PostgresMigrations {

    /** Where the migrations live on the class path: Flyway's default. */
    public static final String LOCATION = "classpath:db/migration";

    private PostgresMigrations() {}

    /**
     * Applies every migration the database has not had yet, in the connection's current schema; safe to run at each
     * start, and by several processes at once (Flyway takes a lock).
     *
     * @return how many migrations were applied
     * @throws UnavailableException when the database cannot be reached or refuses a migration
     */
    public static int migrate(DataSource dataSource) {
        try {
            return Flyway.configure()
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException failure) {
            throw new UnavailableException(
                    "could not bring the database schema up to date: " + failure.getMessage(), failure);
        }
    }
}

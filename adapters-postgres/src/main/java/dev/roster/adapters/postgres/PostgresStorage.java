package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Database;
import dev.roster.adapters.postgres.mapping.AccountMapper;
import dev.roster.adapters.postgres.mapping.InfluencerMapper;
import dev.roster.adapters.postgres.mapping.JobMapper;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.port.ConsentForms;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.Jobs;
import dev.roster.application.port.MetricHistory;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.query.AccountQuery;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.mapstruct.factory.Mappers;

/**
 * Roster's storage on PostgreSQL: every storage port over one {@link DataSource} (a pool, see {@link PostgresPool}),
 * on the schema {@link PostgresMigrations} keeps. Thread-safe; build one per database.
 */
public final class PostgresStorage implements RosterStorage {

    private final Influencers influencers;
    private final PostgresAccountSearch accountSearch;
    private final MetricHistory metricHistory;
    private final ConsentForms consentForms;
    private final Jobs jobs;

    private PostgresStorage(Database database) {
        InfluencerMapper people = Mappers.getMapper(InfluencerMapper.class);
        AccountMapper accounts = Mappers.getMapper(AccountMapper.class);
        this.influencers = new PostgresInfluencers(database, people, accounts);
        this.accountSearch = new PostgresAccountSearch(database, people, accounts);
        this.metricHistory = new PostgresMetricHistory(database, new PostgresCollections(database, accounts));
        this.consentForms = new PostgresConsentForms(database);
        this.jobs = new PostgresJobs(database, Mappers.getMapper(JobMapper.class));
    }

    /** The store over {@code dataSource}, whose schema must be migrated ({@link PostgresMigrations#migrate}). */
    public static PostgresStorage create(DataSource dataSource) {
        return new PostgresStorage(new Database(dataSource));
    }

    /**
     * How PostgreSQL runs {@code query} (EXPLAIN ANALYZE, so the search really runs): for operators checking that
     * searches use the indexes on their data.
     */
    public List<String> searchPlan(AccountQuery query) {
        return accountSearch.plan(query);
    }

    /** {@code timestamptz} keeps microseconds. */
    @Override
    public Duration timePrecision() {
        return Duration.ofNanos(1_000);
    }

    @Override
    public Influencers influencers() {
        return influencers;
    }

    @Override
    public AccountSearch accountSearch() {
        return accountSearch;
    }

    @Override
    public MetricHistory metricHistory() {
        return metricHistory;
    }

    @Override
    public ConsentForms consentForms() {
        return consentForms;
    }

    @Override
    public Jobs jobs() {
        return jobs;
    }
}

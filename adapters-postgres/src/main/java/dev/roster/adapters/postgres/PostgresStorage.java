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
import java.util.function.Function;
import javax.sql.DataSource;
import org.mapstruct.factory.Mappers;

/**
 * Roster's storage on PostgreSQL: every storage port over one {@link DataSource} (a pool, see {@link PostgresPool}),
 * on the schema {@link PostgresMigrations} keeps. Thread-safe; build one per database.
 */
public final class PostgresStorage implements RosterStorage, AutoCloseable {

    private final Influencers influencers;
    private final PostgresAccountSearch storeSearch;
    private final AccountSearch accountSearch;
    private final MetricHistory metricHistory;
    private final ConsentForms consentForms;
    private final Jobs jobs;

    private final Runnable stopListening;

    private PostgresStorage(DataSource dataSource, ReadSide reads) {
        InfluencerMapper people = Mappers.getMapper(InfluencerMapper.class);
        AccountMapper accounts = Mappers.getMapper(AccountMapper.class);
        Database database = new Database(dataSource);
        // Jobs and collection claims change nothing an account's page shows: only the other writes drop the pages.
        Database pageChanges = new Database(dataSource, reads.changed());
        this.influencers = new PostgresInfluencers(pageChanges, people, accounts);
        this.storeSearch = new PostgresAccountSearch(database, people, accounts);
        this.accountSearch = reads.over(storeSearch);
        this.stopListening = reads.stopListening();
        this.metricHistory =
                new PostgresMetricHistory(pageChanges, new PostgresCollections(pageChanges, database, accounts));
        this.consentForms = new PostgresConsentForms(pageChanges);
        this.jobs = new PostgresJobs(database, Mappers.getMapper(JobMapper.class));
    }

    /** The store over {@code dataSource}, whose schema must be migrated ({@link PostgresMigrations#migrate}). */
    public static PostgresStorage create(DataSource dataSource) {
        return new PostgresStorage(dataSource, ReadSide.STORE);
    }

    /**
     * The store over {@code dataSource} with up to {@code accounts} account pages kept in memory until anything they
     * show changes ({@link CachedAccountSearch}): what a server wants, where every GET of an account would otherwise
     * be a round trip to PostgreSQL. It hears of others' changes on a connection of its own to {@code settings}'s
     * server; close the store to let it go.
     */
    public static PostgresStorage withAccountCache(DataSource dataSource, PostgresSettings settings, int accounts) {
        return withAccountCache(dataSource, settings, accounts, new ChangeCount());
    }

    /** The same, moving {@code changes}: for tests that watch what drops the pages. */
    static PostgresStorage withAccountCache(
            DataSource dataSource, PostgresSettings settings, int accounts, ChangeCount changes) {
        ChangeFeed feed = new ChangeFeed(settings::connect, changes);
        return new PostgresStorage(
                dataSource,
                new ReadSide(
                        store -> new CachedAccountSearch(store, changes, feed, accounts), feed::close, changes::moved));
    }

    /** What reads the store answers with, how to stop what it listens with, and what its writes tell them. */
    private record ReadSide(
            Function<PostgresAccountSearch, AccountSearch> reader, Runnable stopListening, Runnable changed) {

        static final ReadSide STORE = new ReadSide(store -> store, () -> {}, () -> {});

        AccountSearch over(PostgresAccountSearch store) {
            return reader.apply(store);
        }
    }

    /** Stops hearing of changes, when the account cache does; the pool is the caller's to close. */
    @Override
    public void close() {
        stopListening.run();
    }

    /**
     * How PostgreSQL runs {@code query} (EXPLAIN ANALYZE, so the search really runs): for operators checking that
     * searches use the indexes on their data.
     */
    public List<String> searchPlan(AccountQuery query) {
        return storeSearch.plan(query);
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

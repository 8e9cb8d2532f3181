package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.search.SearchProjection;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.port.ConsentForms;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.Jobs;
import dev.roster.application.port.MetricHistory;
import dev.roster.application.port.RosterStorage;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.InfluencerId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Roster's storage on DynamoDB: every storage port over one client (see {@link DynamoClients}) and the tables of
 * {@link dev.roster.adapters.dynamodb.schema.StoreSchema} under the settings' prefix. Thread-safe; build one per
 * process and share it. Search runs on a projection kept in memory: {@link #prime()} loads it ahead of the first search.
 */
public final class DynamoStorage implements RosterStorage {

    private final DynamoInfluencers influencers;
    private final DynamoAccountSearch accountSearch;
    private final DynamoMetricHistory metricHistory;
    private final DynamoConsentForms consentForms;
    private final DynamoJobs jobs;
    private final SearchProjection projection;

    private DynamoStorage(Supplier<DynamoDbClient> client, DynamoSettings settings, Clock clock) {
        this(client, settings, clock, BulkRegistration.Steps.NONE);
    }

    private DynamoStorage(
            Supplier<DynamoDbClient> client, DynamoSettings settings, Clock clock, BulkRegistration.Steps steps) {
        Dynamo dynamo = new Dynamo(client, TableNames.of(settings.tablePrefix()));
        People people = new People(dynamo);
        Transactions transactions = new Transactions(dynamo);
        ChangeLog changes = new ChangeLog(dynamo, clock);
        ThreadPoolExecutor workers = new ThreadPoolExecutor(
                settings.writeThreads(),
                settings.writeThreads(),
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                daemonThreads());
        // Idle threads end: a process that never bulk-registers or loads the projection keeps none.
        workers.allowCoreThreadTimeOut(true);
        this.metricHistory = new DynamoMetricHistory(
                dynamo, people, transactions, changes, settings.metricTtl().orElse(null));
        Removal removal = new Removal(dynamo, people, transactions, changes, metricHistory);
        this.influencers = new DynamoInfluencers(
                dynamo,
                people,
                transactions,
                changes,
                removal,
                new Guards(dynamo, people, clock, changes),
                workers,
                steps);
        this.projection = new SearchProjection(
                new ProjectionFeed(dynamo, people, changes, workers),
                settings.changeLag(),
                DynamoSettings.CHANGE_RETENTION);
        this.accountSearch = new DynamoAccountSearch(people, projection);
        this.consentForms = new DynamoConsentForms(dynamo, people, transactions, changes);
        this.jobs = new DynamoJobs(dynamo, people, transactions);
    }

    /** The store over {@code client}'s tables named by {@code settings}; they must exist ({@link MissingTables}). */
    public static DynamoStorage create(DynamoDbClient client, DynamoSettings settings) {
        Objects.requireNonNull(client, "client");
        return create(() -> client, settings);
    }

    /**
     * The store over a client that may still be being built, on another thread: building the store asks nothing of
     * the client, and its first call waits for it. A function's initialisation builds the SDK client, its slowest part,
     * alongside everything else this way.
     */
    public static DynamoStorage create(Supplier<DynamoDbClient> client, DynamoSettings settings) {
        return new DynamoStorage(Objects.requireNonNull(client, "client"), settings, Clock.systemUTC());
    }

    /** The store with its own clock, stopped where {@code steps} throws: how tests crash a bulk registration. */
    static DynamoStorage create(
            DynamoDbClient client, DynamoSettings settings, Clock clock, BulkRegistration.Steps steps) {
        return new DynamoStorage(() -> client, settings, clock, steps);
    }

    /**
     * Reads an account and a person, as a GET does, through a throwaway store over {@link DynamoClients#canned() a
     * client that reaches no network}: the SDK's request path (marshalling, signing, retries, unmarshalling) and the
     * store's own are loaded, and the first real read pays for neither. Initialisation runs it on a thread of its own
     * while the real client is built; it changes nothing anywhere.
     */
    public static void warmUp(DynamoSettings settings) {
        try (DynamoDbClient canned = DynamoClients.canned()) {
            warmUp(settings, canned);
        }
    }

    /** The warm-up's reads, over {@code client}. */
    static void warmUp(DynamoSettings settings, DynamoDbClient client) {
        DynamoStorage store = new DynamoStorage(() -> client, settings, Clock.systemUTC());
        Instant now = Instant.now();
        store.accountSearch().view(AccountId.next(now));
        store.accountSearch().influencer(InfluencerId.next(now));
    }

    /** Loads the search projection now (at start-up, or before a SnapStart snapshot) rather than on the first search. */
    public DynamoStorage prime() {
        projection.refresh();
        return this;
    }

    /** How many accounts the search projection holds (after the last search or {@link #prime()}). */
    public int projectedAccounts() {
        return projection.size();
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

    /** Daemon threads: the pool never keeps a CLI or a test JVM alive, and needs no closing. */
    private static ThreadFactory daemonThreads() {
        ThreadFactory plain = Executors.defaultThreadFactory();
        return task -> {
            Thread thread = plain.newThread(task);
            thread.setDaemon(true);
            thread.setName("roster-dynamodb-" + thread.getName());
            return thread;
        };
    }
}

package dev.roster.application.collection;

import dev.roster.application.job.JobRunner;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.RosterStorage;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCatalog;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The collection capability: reading accounts' metrics on a schedule, here or in the office, and keeping their
 * history. Needs the queue collection batches wait in; the platforms' settings and this process's metric sources come
 * with {@link CollectionSetup}. Each method is one use case, named in its Javadoc.
 */
public final class CollectionCapability {

    private final ScheduleCollection schedule;
    private final CollectMetrics collect;
    private final RecordCollection record;
    private final GetMetricHistory history;
    private final ListDueAccounts listDue;
    private final ClaimDueAccounts claimDue;
    private final GetCollectionFailure lastFailure;

    /** @param queue where collection batches wait for a worker */
    public CollectionCapability(
            PlatformCatalog platforms,
            CollectionSetup setup,
            RosterStorage storage,
            JobQueue queue,
            Clock clock,
            Executor executor) {
        var influencers = storage.influencers();
        var metrics = storage.metricHistory();
        schedule = new ScheduleCollection(platforms, setup, metrics, storage.jobs(), queue, clock);
        collect = new CollectMetrics(setup, influencers, metrics, clock, executor);
        record = new RecordCollection(platforms, influencers, metrics, clock, setup.meter());
        history = new GetMetricHistory(platforms, influencers, metrics);
        listDue = new ListDueAccounts(platforms, setup, metrics, clock);
        claimDue = new ClaimDueAccounts(platforms, setup, metrics, clock);
        lastFailure = new GetCollectionFailure(metrics);
    }

    /** {@link ScheduleCollection#schedule}: queues what is due on one platform (with {@code all}, every account). */
    public ScheduleCollection.Scheduled schedule(String platform, boolean all) {
        return schedule.schedule(platform, all);
    }

    /** {@link ScheduleCollection#scheduleAllDue}: queues what is due on every platform collected here. */
    public List<ScheduleCollection.Scheduled> scheduleAllDue() {
        return schedule.scheduleAllDue();
    }

    /** {@link CollectMetrics}: collects one batch through this process's metric source. */
    public CollectionReport collect(CollectionBatch batch) {
        return collect.run(batch);
    }

    /** {@link RecordCollection}: keeps what a collector elsewhere read for an account. */
    public void record(RecordCollectionCommand command) {
        record.record(command);
    }

    /** {@link GetMetricHistory}: an account's snapshots, newest first. */
    public List<MetricSnapshot> history(String platform, String accountId, Integer limit) {
        return history.newestFirst(platform, accountId, limit);
    }

    /** {@link ListDueAccounts}: the accounts due on a platform, claiming nothing. */
    public List<DueAccount> listDue(String platform, Integer limit) {
        return listDue.list(platform, limit);
    }

    /** {@link ClaimDueAccounts}: the accounts due on a platform, each claimed for the caller. */
    public List<DueAccount> claimDue(String platform, Integer limit) {
        return claimDue.claim(platform, limit);
    }

    /** {@link GetCollectionFailure}: the account's last failed collection, if newer than what it shows. */
    public Optional<CollectionFailure> lastFailure(PlatformAccount account) {
        return lastFailure.of(account);
    }

    /** The runner of queued collection batches, for the jobs capability. */
    public JobRunner batchRunner() {
        return collect;
    }
}

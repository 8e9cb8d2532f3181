package dev.roster.application.collection;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.job.JobRunner;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.MetricHistory;
import dev.roster.application.port.MetricSource;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Collects one batch of accounts through the platform's metric source, within its rate limit
 * ({@link RateLimitedSource}): appends each reading to the history (which shows it on the account) or records why it
 * failed.
 */
public final class CollectMetrics implements JobRunner {

    /** How one account went: collected, skipped (gone), or failed with a status. */
    private record Done(boolean collected, CollectionFailure.Status failed) {

        static final Done COLLECTED = new Done(true, null);
        static final Done SKIPPED = new Done(false, null);
    }

    private final CollectionSetup setup;
    private final Influencers influencers;
    private final MetricHistory history;
    private final Clock clock;
    private final Targets targets;

    public CollectMetrics(CollectionSetup setup, Influencers influencers, MetricHistory history, Clock clock) {
        this.setup = setup;
        this.influencers = influencers;
        this.history = history;
        this.clock = clock;
        this.targets = new Targets(history, clock);
    }

    @Override
    public JobType type() {
        return CollectionBatch.JOB_TYPE;
    }

    /**
     * Runs a {@code collect} job for {@link dev.roster.application.job.RunJob}, which keeps the job's record: collects
     * its batch and answers the {@link CollectionReport} as the job's result.
     *
     * @throws InvalidInputException when this process has no metric source for the platform (the job fails)
     */
    @Override
    public Map<String, Object> run(Job job, Progress progress) {
        CollectionBatch batch = CollectionBatch.of(job);
        CollectionReport report = run(batch);
        progress.report(batch.accounts().size(), batch.accounts().size());
        return report.toJobResult();
    }

    /**
     * Collects the batch, up to the platform's concurrency at once.
     *
     * @throws InvalidInputException when this process has no metric source for the platform
     */
    public CollectionReport run(CollectionBatch batch) {
        MetricSource source = new RateLimitedSource(setup.source(batch.platform()).orElseThrow(() ->
                InvalidInputException.of("platform", "no metric source for platform " + batch.platform()
                        + " in this process")),
                setup.limiter(batch.platform()));
        PlatformCollection settings = setup.settings(batch.platform());
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(settings.concurrency(), batch.accounts().size()));
        try {
            List<Future<Done>> results = new ArrayList<>();
            for (AccountId account : batch.accounts()) {
                results.add(workers.submit(() -> collect(account, batch, source, settings)));
            }
            return tally(results);
        } finally {
            workers.shutdownNow();
        }
    }

    private Done collect(AccountId id, CollectionBatch batch, MetricSource source, PlatformCollection settings) {
        Optional<PlatformAccount> account = influencers.findAccount(id)
                .filter(found -> found.platform().equals(batch.platform()));
        if (account.isEmpty()) {
            return Done.SKIPPED;
        }
        Optional<CollectionTarget> target = targets.of(account.get(), settings);
        if (target.isEmpty()) {
            return new Done(false, CollectionFailure.Status.NOT_FOUND);
        }
        CollectionOutcome outcome = source.collect(target.get());
        try {
            if (outcome instanceof CollectionOutcome.Collected collected) {
                history.record(new MetricSnapshot(id, collected.reading()));
                return Done.COLLECTED;
            }
            CollectionFailure failure = Outcomes.failure(id, outcome, clock.instant());
            history.recordFailure(failure);
            return new Done(false, failure.status());
        } catch (NotFoundException deletedMeanwhile) {
            return Done.SKIPPED;
        }
    }

    private static CollectionReport tally(List<Future<Done>> results) {
        int collected = 0;
        int skipped = 0;
        Map<CollectionFailure.Status, Integer> failed = new EnumMap<>(CollectionFailure.Status.class);
        for (Future<Done> result : results) {
            Done done = outcomeOf(result);
            if (done.collected()) {
                collected++;
            } else if (done.failed() == null) {
                skipped++;
            } else {
                failed.merge(done.failed(), 1, Integer::sum);
            }
        }
        return new CollectionReport(collected, skipped, failed);
    }

    private static Done outcomeOf(Future<Done> result) {
        try {
            return result.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while collecting", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }
}

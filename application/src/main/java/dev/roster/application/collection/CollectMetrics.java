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
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

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
    private final Executor executor;
    private final Targets targets;

    /** @param executor runs the batch's readers, up to the platform's concurrency at once */
    public CollectMetrics(
            CollectionSetup setup, Influencers influencers, MetricHistory history, Clock clock, Executor executor) {
        this.setup = setup;
        this.influencers = influencers;
        this.history = history;
        this.clock = clock;
        this.executor = executor;
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
        CollectionReport report = run(batch, job.createdAt(), progress);
        progress.report(batch.accounts().size(), batch.accounts().size());
        return report.toJobResult();
    }

    /**
     * Collects the batch, up to the platform's concurrency at once.
     *
     * @throws InvalidInputException when this process has no metric source for the platform
     */
    public CollectionReport run(CollectionBatch batch) {
        return run(batch, null, (done, total) -> {});
    }

    /**
     * @param since when the batch's job was queued: an account with a reading taken since was collected by an earlier
     *              run of the same job (jobs are delivered at least once), and is not read and appended again; or
     *              {@code null} outside a job
     */
    private CollectionReport run(CollectionBatch batch, Instant since, Progress progress) {
        MetricSource source = new RateLimitedSource(
                setup.source(batch.platform())
                        .orElseThrow(() -> InvalidInputException.of(
                                "platform", "no metric source for platform " + batch.platform() + " in this process")),
                setup.limiter(batch.platform()));
        PlatformCollection settings = setup.settings(batch.platform());
        // As many readers as the platform takes at once, each taking the next account until none is left.
        Queue<AccountId> left = new ConcurrentLinkedQueue<>(batch.accounts());
        // Reported after each account, so that the worker's lease on the job is renewed however slow the platform.
        AtomicLong finished = new AtomicLong();
        Runnable oneDone = () ->
                progress.report(finished.incrementAndGet(), batch.accounts().size());
        List<CompletableFuture<List<Done>>> readers = new ArrayList<>();
        for (int i = Math.min(settings.concurrency(), batch.accounts().size()); i > 0; i--) {
            readers.add(
                    CompletableFuture.supplyAsync(() -> read(left, batch, source, settings, since, oneDone), executor));
        }
        List<Done> done = new ArrayList<>();
        for (CompletableFuture<List<Done>> reader : readers) {
            done.addAll(outcomeOf(reader));
        }
        CollectionReport report = tally(done);
        count(batch, report);
        return report;
    }

    /** One count per outcome and batch, whatever the batch's size. */
    private void count(CollectionBatch batch, CollectionReport report) {
        if (report.collected() > 0) {
            setup.meter().collected(batch.platform(), "collected", report.collected());
        }
        if (report.skipped() > 0) {
            setup.meter().collected(batch.platform(), "skipped", report.skipped());
        }
        report.failed()
                .forEach((status, accounts) -> setup.meter().collected(batch.platform(), status.label(), accounts));
    }

    private List<Done> read(
            Queue<AccountId> left,
            CollectionBatch batch,
            MetricSource source,
            PlatformCollection settings,
            Instant since,
            Runnable oneDone) {
        List<Done> done = new ArrayList<>();
        try {
            for (AccountId account = left.poll(); account != null; account = left.poll()) {
                done.add(collect(account, batch, source, settings, since));
                oneDone.run();
            }
            return done;
        } catch (RuntimeException | Error failed) {
            // The batch fails with it: the other readers stop at their next account.
            left.clear();
            throw failed;
        }
    }

    private Done collect(
            AccountId id, CollectionBatch batch, MetricSource source, PlatformCollection settings, Instant since) {
        Optional<PlatformAccount> account =
                influencers.findAccount(id).filter(found -> found.platform().equals(batch.platform()));
        if (account.isEmpty()) {
            return Done.SKIPPED;
        }
        if (since != null
                && account.get()
                        .metrics()
                        .filter(reading -> !reading.collectedAt().isBefore(since))
                        .isPresent()) {
            return Done.COLLECTED;
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

    private static CollectionReport tally(List<Done> done) {
        int collected = 0;
        int skipped = 0;
        Map<CollectionFailure.Status, Integer> failed = new EnumMap<>(CollectionFailure.Status.class);
        for (Done one : done) {
            if (one.collected()) {
                collected++;
            } else if (one.failed() == null) {
                skipped++;
            } else {
                failed.merge(one.failed(), 1, Integer::sum);
            }
        }
        return new CollectionReport(collected, skipped, failed);
    }

    private static List<Done> outcomeOf(CompletableFuture<List<Done>> reader) {
        try {
            return reader.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }
}

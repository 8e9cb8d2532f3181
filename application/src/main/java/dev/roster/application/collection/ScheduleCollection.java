package dev.roster.application.collection;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.Jobs;
import dev.roster.application.port.MetricHistory;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Queues the accounts of a platform that are due for collection (last collected longer ago than the platform's
 * interval), as {@code collect} jobs of up to {@value #BATCH_SIZE} accounts. Accounts queued are claimed for one
 * interval, so a timer that ticks again before the jobs ran does not queue them twice.
 */
public final class ScheduleCollection {

    public static final int BATCH_SIZE = 25;

    /** What one scheduling run queued. */
    public record Scheduled(String platform, int accounts, List<JobId> jobs) {

        public Scheduled {
            jobs = List.copyOf(jobs);
        }
    }

    private final PlatformCatalog platforms;
    private final CollectionSetup setup;
    private final MetricHistory history;
    private final Jobs jobs;
    private final JobQueue queue;
    private final Clock clock;

    /** @param queue where the jobs go */
    public ScheduleCollection(
            PlatformCatalog platforms,
            CollectionSetup setup,
            MetricHistory history,
            Jobs jobs,
            JobQueue queue,
            Clock clock) {
        this.platforms = platforms;
        this.setup = setup;
        this.history = history;
        this.jobs = jobs;
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * Queues what is due on one platform; with {@code all}, every account not already queued.
     *
     * @throws dev.roster.application.error.NotFoundException when there is no such platform
     * @throws InvalidInputException when the platform's collection is not configured, or it is collected by the office
     *                               collector, not here
     */
    public Scheduled schedule(String platformCode, boolean all) {
        Platform platform = AccountLookup.platform(platforms, platformCode);
        PlatformCollection settings = setup.settings(platform.code());
        if (!setup.configured(platform.code())) {
            throw InvalidInputException.of(
                    "platform", "has no collection settings (collect) in the platform " + "definitions");
        }
        if (settings.collector() == PlatformCollection.Collector.OFFICE) {
            throw InvalidInputException.of(
                    "platform", "is collected by the office collector (roster collect), " + "not by the server");
        }
        Instant now = clock.instant();
        Instant attemptedBefore = all ? now.plusMillis(1) : now.minus(settings.every());
        List<JobId> queued = new ArrayList<>();
        int accounts = 0;
        List<PlatformAccount> due;
        do {
            due = history.claimDue(platform.code(), attemptedBefore, now, settings.every(), BATCH_SIZE);
            if (!due.isEmpty()) {
                CollectionBatch batch = new CollectionBatch(
                        platform.code(), due.stream().map(PlatformAccount::id).toList());
                Job job = Job.queue(JobId.next(now), CollectionBatch.JOB_TYPE, batch.toParameters(), now);
                jobs.create(job);
                queue.enqueue(job.id());
                queued.add(job.id());
                accounts += due.size();
            }
        } while (due.size() == BATCH_SIZE);
        if (accounts > 0) {
            setup.meter().collectionQueued(platform.code(), accounts);
        }
        return new Scheduled(platform.code().value(), accounts, queued);
    }

    /** Queues what is due on every platform this deployment collects itself; what the timer calls. */
    public List<Scheduled> scheduleAllDue() {
        return platforms.all().stream()
                .filter(platform -> setup.configured(platform.code()))
                .filter(platform -> setup.settings(platform.code()).collector() == PlatformCollection.Collector.SERVER)
                .map(platform -> schedule(platform.code().value(), false))
                .toList();
    }
}

package dev.roster.application.job;

import dev.roster.application.error.RosterException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.Jobs;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobProgress;
import dev.roster.domain.job.JobType;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a job a worker received from the {@link JobQueue}: marks it running, hands it to the runner of its type, records
 * its progress and its result or failure, then settles the delivery. A dependency that is down puts the job back on
 * the queue for a later try; after {@value #ATTEMPTS} tries the job fails.
 */
public final class RunJob {

    public static final int ATTEMPTS = 3;
    static final Duration RETRY_DELAY = Duration.ofSeconds(30);

    /** How a delivery ended, for the worker's log. */
    public enum Outcome { SUCCEEDED, FAILED, RETRYING, SKIPPED }

    private final Jobs jobs;
    private final JobQueue queue;
    private final Map<JobType, JobRunner> runners = new HashMap<>();
    private final Clock clock;

    public RunJob(Jobs jobs, JobQueue queue, List<JobRunner> runners, Clock clock) {
        this.jobs = jobs;
        this.queue = queue;
        this.clock = clock;
        for (JobRunner runner : runners) {
            if (this.runners.putIfAbsent(runner.type(), runner) != null) {
                throw new IllegalArgumentException("two runners for jobs of type " + runner.type());
            }
        }
    }

    public Outcome run(JobDelivery delivery) {
        Optional<Job> found = jobs.find(delivery.jobId());
        if (found.isEmpty() || found.get().status().isFinished()) {
            // Delivered again after it was settled (queues deliver at least once): nothing left to do.
            queue.acknowledge(delivery);
            return Outcome.SKIPPED;
        }
        Job job = found.get();
        JobRunner runner = runners.get(job.type());
        if (runner == null) {
            settle(delivery, (job.fail("no runner for jobs of type " + job.type(), clock.instant())));
            return Outcome.FAILED;
        }
        Tracker tracker = new Tracker(jobs.update(job.start(clock.instant())));
        try {
            Map<String, Object> result = runner.run(tracker.job, tracker);
            settle(delivery, (tracker.job.succeed(result, clock.instant())));
            return Outcome.SUCCEEDED;
        } catch (UnavailableException down) {
            if (delivery.receiveCount() < ATTEMPTS) {
                queue.release(delivery, RETRY_DELAY);
                return Outcome.RETRYING;
            }
            settle(delivery, (tracker.job.fail("gave up after " + ATTEMPTS + " tries: "
                    + down.getMessage(), clock.instant())));
            return Outcome.FAILED;
        } catch (RosterException refused) {
            settle(delivery, (tracker.job.fail(refused.getMessage(), clock.instant())));
            return Outcome.FAILED;
        } catch (RuntimeException bug) {
            settle(delivery, (tracker.job.fail("the job failed unexpectedly (" + bug.getClass().getSimpleName()
                    + "); the worker's log has the details", clock.instant())));
            throw bug;
        }
    }

    /** Records the job's last state, then lets go of the delivery: in that order, so a crash between repeats it. */
    private void settle(JobDelivery delivery, Job last) {
        jobs.update(last);
        queue.acknowledge(delivery);
    }

    /** Keeps the job as last stored, so that each progress report is made against its current version. */
    private final class Tracker implements JobRunner.Progress {

        private Job job;

        Tracker(Job job) {
            this.job = job;
        }

        @Override
        public void report(long done, long total) {
            job = jobs.update(job.report(new JobProgress(Math.min(done, total), total), clock.instant()));
        }
    }
}

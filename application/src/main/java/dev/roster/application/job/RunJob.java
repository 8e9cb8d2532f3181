package dev.roster.application.job;

import dev.roster.application.error.ConflictException;
import dev.roster.application.error.RosterException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.Jobs;
import dev.roster.application.port.Meter;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobProgress;
import dev.roster.domain.job.JobType;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Runs a job whose id a worker received, whatever carried it (the local queue, an SQS message): marks it running,
 * hands it to the runner of its type, records its progress and then its result or failure. Delivery is the caller's
 * business: a dependency that is down surfaces as {@link UnavailableException} with the job left running, for the
 * carrier to deliver it again, and {@link #abandon} fails a job the carrier gives up on.
 */
public final class RunJob {

    /** How a run ended, for the worker's log. */
    public enum Outcome {
        SUCCEEDED,
        FAILED,
        SKIPPED,
        /** The worker asked to stop: the job stopped after its last progress report, still running, to be resumed. */
        STOPPED
    }

    /**
     * The delivery a run came by, as the run sees it: told at each progress report that the job is still being worked
     * on, and asked whether the worker is stopping.
     */
    public interface Lease {

        /** No delivery to renew, and never stopping: a run called directly. */
        Lease NONE = new Lease() {
            @Override
            public void renew() {}

            @Override
            public boolean stopping() {
                return false;
            }
        };

        /** The job is still being worked on: renew the hold on its delivery, if it is time to. */
        void renew();

        /** Whether to stop at this progress report, leaving the job to be run again. */
        boolean stopping();

        /**
         * How often the hold needs renewing while the job runs, whether or not it reports progress (a timer renews
         * it); zero, the default: only at progress reports.
         */
        default Duration renewEvery() {
            return Duration.ZERO;
        }
    }

    private final Jobs jobs;
    private final Map<JobType, JobRunner> runners = new HashMap<>();
    private final Clock clock;
    private final Executor executor;
    private final Meter meter;

    /**
     * @param executor where the timer that renews a running job's lease runs, one thread per job running
     * @param meter    counts each run's end by its job's type
     */
    public RunJob(Jobs jobs, List<JobRunner> runners, Clock clock, Executor executor, Meter meter) {
        this.jobs = jobs;
        this.clock = clock;
        this.executor = executor;
        this.meter = meter;
        for (JobRunner runner : runners) {
            if (this.runners.putIfAbsent(runner.type(), runner) != null) {
                throw new IllegalArgumentException("two runners for jobs of type " + runner.type());
            }
        }
    }

    /**
     * @throws UnavailableException when a dependency is down: try the job again later
     * @throws RuntimeException     a bug, after the job was recorded as failed
     * @throws Error                out of memory (or the like), after the job was recorded as failed
     */
    public Outcome run(JobId id) {
        return run(id, Lease.NONE);
    }

    /**
     * As {@link #run(JobId)}, renewing {@code lease} on a timer while the job runs (and as it reports progress), and
     * stopping when it says so.
     *
     * @return {@link Outcome#STOPPED} when the lease asked to stop: the job is left running, for its delivery to be
     *         put back
     */
    public Outcome run(JobId id, Lease lease) {
        try (LeaseTimer timer = LeaseTimer.start(lease, executor)) {
            return runHeld(id, lease);
        }
    }

    private Outcome runHeld(JobId id, Lease lease) {
        Optional<Job> found = jobs.find(id);
        if (found.isEmpty()) {
            return Outcome.SKIPPED;
        }
        JobType type = found.get().type();
        try {
            Outcome outcome = run(found.get(), lease);
            meter.jobFinished(type, outcome.name().toLowerCase(Locale.ROOT));
            return outcome;
        } catch (UnavailableException down) {
            meter.jobFinished(type, "unavailable");
            throw down;
        } catch (RuntimeException | Error bug) {
            meter.jobFinished(type, "failed");
            throw bug;
        }
    }

    private Outcome run(Job job, Lease lease) {
        if (job.status().isFinished()) {
            // Delivered again after it was settled (carriers deliver at least once): nothing left to do.
            return Outcome.SKIPPED;
        }
        JobRunner runner = runners.get(job.type());
        if (runner == null) {
            jobs.update(job.fail("no runner for jobs of type " + job.type(), clock.instant()));
            return Outcome.FAILED;
        }
        Tracker tracker;
        try {
            tracker = new Tracker(save(job.start(clock.instant())), lease);
        } catch (TakenOver another) {
            return Outcome.SKIPPED;
        }
        try {
            Map<String, Object> result = runner.run(tracker.job(), tracker);
            Job succeeded = save(tracker.job().succeed(result, clock.instant()));
            runner.succeeded(succeeded);
            return Outcome.SUCCEEDED;
        } catch (UnavailableException down) {
            throw down;
        } catch (TakenOver another) {
            return Outcome.SKIPPED;
        } catch (Stopped asked) {
            return Outcome.STOPPED;
        } catch (RosterException refused) {
            return record(tracker, refused.getMessage(), Outcome.FAILED);
        } catch (RuntimeException | Error bug) {
            // Out of memory included: the job's own objects are gone with its frames, so its failure can be recorded,
            // and the worker goes on to the next job.
            record(tracker, reason(bug), Outcome.FAILED);
            throw bug;
        }
    }

    private Outcome record(Tracker tracker, String reason, Outcome outcome) {
        try {
            save(tracker.job().fail(reason, clock.instant()));
            return outcome;
        } catch (TakenOver another) {
            return Outcome.SKIPPED;
        }
    }

    /**
     * Stores a change of the job's own record. A stale version means another run of the job (a second delivery of
     * the same message, at once) changed it since: that run carries on and records the result, and this one stops.
     */
    private Job save(Job changed) {
        try {
            return jobs.update(changed);
        } catch (ConflictException conflict) {
            if (conflict.reason() == ConflictException.Reason.STALE_VERSION) {
                throw new TakenOver();
            }
            throw conflict;
        }
    }

    /** The worker is stopping; thrown from a progress report, where the work so far is saved. */
    private static final class Stopped extends RuntimeException {

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Another run of the job changed its record since this run read it; not an error of the job's. */
    private static final class TakenOver extends RuntimeException {

        TakenOver() {
            super(null, null, false, false);
        }
    }

    /** What staff are told of a failure that is not a refusal: plainly, without the details kept for the log. */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return "the job ran out of memory: the file is too large or too complex for this server; split it "
                        + "into smaller files";
            }
        }
        return "the job failed unexpectedly (" + failure.getClass().getSimpleName()
                + "); the worker's log has the details";
    }

    /** The carrier will not deliver the job again: record it as failed, so nobody waits for it. */
    public void abandon(JobId id, String reason) {
        jobs.find(id).filter(job -> !job.status().isFinished()).ifPresent(job -> {
            jobs.update(job.fail(reason, clock.instant()));
            meter.jobFinished(job.type(), "abandoned");
        });
    }

    /**
     * Keeps the job as last stored, so that each progress report is made against its current version. Progress never
     * goes back: a run again after a crash reports nothing new until it passes where the earlier run had got to.
     */
    private final class Tracker implements JobRunner.Progress {

        private final Lease lease;
        private Job job;

        Tracker(Job job, Lease lease) {
            this.job = job;
            this.lease = lease;
        }

        synchronized Job job() {
            return job;
        }

        @Override
        public synchronized void report(long done, long total) {
            lease.renew();
            if (lease.stopping()) {
                throw new Stopped();
            }
            JobProgress shown = job.progress();
            long newTotal = Math.max(total, shown.total());
            long newDone = Math.min(Math.max(done, shown.done()), newTotal);
            JobProgress next = new JobProgress(newDone, newTotal);
            if (next.equals(shown) || betweenPercents(shown, next)) {
                return;
            }
            job = save(job.report(next, clock.instant()));
        }

        /**
         * Whether a report only moves within the whole percent already stored (same known total, not yet the end): a
         * person is shown the percent, and each store write is a round trip on the job's own thread (an import of
         * 100,000 rows reports 200 times), so those are told with the next report that moves it.
         */
        private static boolean betweenPercents(JobProgress shown, JobProgress next) {
            return next.total() > 0
                    && next.total() == shown.total()
                    && next.done() < next.total()
                    && next.percent() == shown.percent();
        }
    }
}

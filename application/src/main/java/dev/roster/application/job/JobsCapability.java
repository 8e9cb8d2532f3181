package dev.roster.application.job;

import dev.roster.application.port.FileStore;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.Jobs;
import dev.roster.application.port.Meter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The jobs capability: long work (imports, collection batches) as its callers follow it and as workers run it. Needs
 * the file store, whose links a job's result carries. Each method is one use case, named in its Javadoc.
 */
public final class JobsCapability {

    private final GetJob get;
    private final RunJob run;
    private final Clock clock;

    /**
     * @param runners      the work of each type of job, from the capabilities that queue jobs
     * @param linkValidity how long a link to a file in a job's result works
     * @param executor     where a running job's lease is renewed on a timer
     * @param meter        counts each run's end by its job's type
     */
    public JobsCapability(
            Jobs jobs,
            FileStore files,
            List<JobRunner> runners,
            Duration linkValidity,
            Clock clock,
            Executor executor,
            Meter meter) {
        get = new GetJob(jobs, files, linkValidity);
        run = new RunJob(jobs, runners, clock, executor, meter);
        this.clock = clock;
    }

    /** {@link GetJob}: a job with its status, progress and result, files shown as fresh links. */
    public JobView get(String id) {
        return get.get(id);
    }

    /** {@link RunJob}: runs a job by id, whatever carried it; what an SQS-fed worker calls. */
    public RunJob runner() {
        return run;
    }

    /** {@link RunDeliveredJob}: runs the jobs {@code queue} delivers and settles each delivery; what a poller calls. */
    public RunDeliveredJob deliveredBy(JobQueue queue) {
        return new RunDeliveredJob(run, queue, RetryOrGiveUp.DEFAULT, JobLease.DEFAULT, clock);
    }
}

package dev.roster.application.port;

import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;

/**
 * Where the core counts what it did, for the operators' metrics: called once an outcome is known (an import's rows, a
 * batch's collections, a job's end), never per row. {@link #NONE} counts nothing. Implementations are called from
 * several threads at once.
 */
public interface Meter {

    /** Counts nothing: a roster not given a meter. */
    Meter NONE = new Meter() {
        @Override
        public void imported(PlatformCode platform, long saved, long failed) {}

        @Override
        public void collected(PlatformCode platform, String outcome, long accounts) {}

        @Override
        public void collectionQueued(PlatformCode platform, long accounts) {}

        @Override
        public void rateLimitWaited(PlatformCode platform, Duration waited) {}

        @Override
        public void jobFinished(JobType type, String outcome) {}
    };

    /** An import into {@code platform} finished: {@code saved} rows were saved and {@code failed} were not. */
    void imported(PlatformCode platform, long saved, long failed);

    /**
     * Accounts of {@code platform} whose collection ended so: {@code collected}, {@code skipped} (deleted meanwhile)
     * or a failure's status label ({@code private}, {@code rate_limited}, ...).
     */
    void collected(PlatformCode platform, String outcome, long accounts);

    /** Accounts of {@code platform} queued for collection. */
    void collectionQueued(PlatformCode platform, long accounts);

    /** A request to {@code platform} waited {@code waited} for its rate limit (only waits longer than zero). */
    void rateLimitWaited(PlatformCode platform, Duration waited);

    /**
     * A run of a job ended: {@code succeeded}, {@code failed}, {@code skipped} (settled already), {@code stopped} (to
     * be resumed), {@code unavailable} (a dependency was down: delivered again) or {@code abandoned} (given up).
     */
    void jobFinished(JobType type, String outcome);
}

package dev.roster.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The job state machine: queued, running, then succeeded or failed for good. */
class JobLifecycleTest {

    private static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");
    private static final JobType IMPORT = JobType.of("import");

    private final Job queued = Job.queue(JobId.next(T0), IMPORT, Map.of("file", "roster.xlsx"), T0);

    @Test
    void queueStartsQueuedAtVersion1WithNothingToShow() {
        assertThat(queued.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(queued.type()).isEqualTo(IMPORT);
        assertThat(queued.parameters()).containsExactly(Map.entry("file", "roster.xlsx"));
        assertThat(queued.progress()).isEqualTo(JobProgress.NONE);
        assertThat(queued.result()).isEmpty();
        assertThat(queued.failureReason()).isNull();
        assertThat(queued.version()).isEqualTo(1);
        assertThat(queued.createdAt()).isEqualTo(T0).isEqualTo(queued.updatedAt());
    }

    @Test
    void startReportSucceed() {
        Job running = queued.start(T0.plusSeconds(1));
        assertThat(running.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(running.updatedAt()).isEqualTo(T0.plusSeconds(1));

        Job reported = running.report(new JobProgress(3, 10), T0.plusSeconds(2));
        assertThat(reported.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(reported.progress()).isEqualTo(new JobProgress(3, 10));
        assertThat(reported.progress().percent()).isEqualTo(30);
        assertThat(reported.updatedAt()).isEqualTo(T0.plusSeconds(2));

        Job succeeded = reported.succeed(Map.of("imported", 10L), T0.plusSeconds(3));
        assertThat(succeeded.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(succeeded.progress()).as("progress completes to the total").isEqualTo(new JobProgress(10, 10));
        assertThat(succeeded.progress().percent()).isEqualTo(100);
        assertThat(succeeded.result()).containsExactly(Map.entry("imported", 10L));
        assertThat(succeeded.failureReason()).isNull();
        assertThat(succeeded.updatedAt()).isEqualTo(T0.plusSeconds(3));

        assertThat(succeeded.version())
                .as("transitions keep the version; the store moves it on")
                .isEqualTo(1);
        assertThat(succeeded.id()).isEqualTo(queued.id());
        assertThat(succeeded.parameters()).isEqualTo(queued.parameters());
        assertThat(succeeded.createdAt()).isEqualTo(T0);
    }

    @Test
    void succeedingWithAnUnknownTotalLeavesProgressAsItWas() {
        Job running = queued.start(T0).report(new JobProgress(7, 0), T0);

        assertThat(running.succeed(Map.of(), T0).progress()).isEqualTo(new JobProgress(7, 0));
    }

    @Test
    void startReportFail() {
        Job running = queued.start(T0.plusSeconds(1)).report(new JobProgress(4, 10), T0.plusSeconds(2));

        Job failed = running.fail("sheet 2 is missing", T0.plusSeconds(3));

        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("sheet 2 is missing");
        assertThat(failed.progress()).as("progress stays where it stopped").isEqualTo(new JobProgress(4, 10));
        assertThat(failed.result()).isEmpty();
        assertThat(failed.updatedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void aQueuedJobMayFailBeforeItStarts() {
        Job failed = queued.fail("cancelled", T0.plusSeconds(1));

        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("cancelled");
    }

    @Test
    void aRunningJobMayStartAgainAfterACrash() {
        Job running = queued.start(T0).report(new JobProgress(2, 5), T0.plusSeconds(1));

        Job restarted = running.start(T0.plusSeconds(60));

        assertThat(restarted.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(restarted.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(restarted.progress()).isEqualTo(new JobProgress(2, 5));
    }

    @Test
    void finishedJobsRefuseEveryTransition() {
        Job succeeded = queued.start(T0).succeed(Map.of(), T0);
        Job failed = queued.start(T0).fail("boom", T0);

        for (Job finished : new Job[] {succeeded, failed}) {
            assertThatIllegalStateException().isThrownBy(() -> finished.start(T0));
            assertThatIllegalStateException().isThrownBy(() -> finished.succeed(Map.of(), T0));
            assertThatIllegalStateException().isThrownBy(() -> finished.fail("again", T0));
            assertThatIllegalStateException().isThrownBy(() -> finished.report(new JobProgress(1, 1), T0));
        }
    }

    @Test
    void onlyARunningJobReportsProgress() {
        assertThatIllegalStateException().isThrownBy(() -> queued.report(new JobProgress(1, 2), T0));
        assertThat(queued.start(T0).report(new JobProgress(1, 2), T0).progress())
                .isEqualTo(new JobProgress(1, 2));
    }

    @Test
    void transitionsNeverDateAnUpdateBeforeCreation() {
        Instant early = T0.minusSeconds(10);

        Job running = queued.start(early);
        assertThat(running.updatedAt()).isEqualTo(T0);
        assertThat(running.report(new JobProgress(1, 2), early).updatedAt()).isEqualTo(T0);
        assertThat(running.succeed(Map.of(), early).updatedAt()).isEqualTo(T0);
        assertThat(running.fail("boom", early).updatedAt()).isEqualTo(T0);
    }

    @Test
    void nextVersionIncrementsOnlyTheVersion() {
        Job running = queued.start(T0.plusSeconds(1));

        Job stored = running.nextVersion();

        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.nextVersion().version()).isEqualTo(3);
        assertThat(stored.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(stored.updatedAt()).isEqualTo(running.updatedAt());
    }

    @Test
    void onlySucceededAndFailedAreFinished() {
        assertThat(JobStatus.QUEUED.isFinished()).isFalse();
        assertThat(JobStatus.RUNNING.isFinished()).isFalse();
        assertThat(JobStatus.SUCCEEDED.isFinished()).isTrue();
        assertThat(JobStatus.FAILED.isFinished()).isTrue();
    }
}

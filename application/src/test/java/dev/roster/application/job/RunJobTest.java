package dev.roster.application.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.Meter;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.ManualClock;
import dev.roster.application.testkit.SteppingClock;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobStatus;
import dev.roster.domain.job.JobType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class RunJobTest {

    private static final JobType COUNT = JobType.of("count");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final SteppingClock clock = SteppingClock.fromNewYear();
    /** Its clock moves a minute a reading, so a job released for a retry is due again at the next receive. */
    private final InMemoryJobQueue queue =
            new InMemoryJobQueue(new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofMinutes(1)), 5);

    private final List<Long> seenProgress = new ArrayList<>();
    private BiFunction<Job, JobRunner.Progress, Map<String, Object>> work;

    private final RunJob runJob = new RunJob(
            storage.jobs(),
            List.of(new JobRunner() {
                @Override
                public JobType type() {
                    return COUNT;
                }

                @Override
                public Map<String, Object> run(Job job, Progress progress) {
                    return work.apply(job, progress);
                }
            }),
            clock,
            ForkJoinPool.commonPool(),
            Meter.NONE);
    private final RunDeliveredJob delivered =
            new RunDeliveredJob(runJob, queue, RetryOrGiveUp.DEFAULT, JobLease.DEFAULT, clock);

    @Test
    void recordsProgressAndTheResultThenSettlesTheDelivery() {
        work = (job, progress) -> {
            progress.report(1, 2);
            seenProgress.add(
                    storage.jobs().find(job.id()).orElseThrow().progress().done());
            progress.report(2, 2);
            return Map.of("counted", 2L);
        };
        JobId id = queued(COUNT);

        assertThat(delivered.run(received())).isEqualTo(RunDeliveredJob.Outcome.SUCCEEDED);

        Job done = storage.jobs().find(id).orElseThrow();
        assertThat(seenProgress).containsExactly(1L);
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.result()).containsEntry("counted", 2L);
        assertThat(done.progress().percent()).isEqualTo(100);
        assertThat(queue.unsettled()).isZero();
    }

    @Test
    void putsTheJobBackWhenADependencyIsDownAndGivesUpAfterTheLastTry() {
        work = (job, progress) -> {
            throw new UnavailableException("database down", null);
        };
        JobId id = queued(COUNT);

        for (int attempt = 1; attempt < RetryOrGiveUp.DEFAULT.attempts(); attempt++) {
            assertThat(delivered.run(received())).isEqualTo(RunDeliveredJob.Outcome.RETRYING);
            assertThat(storage.jobs().find(id).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
        }
        assertThat(delivered.run(received())).isEqualTo(RunDeliveredJob.Outcome.FAILED);

        Job failed = storage.jobs().find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.failureReason()).contains("gave up after 3 attempts").contains("database down");
        assertThat(queue.unsettled()).isZero();
    }

    @Test
    void failsForGoodWithTheRefusalsReasonAndForAnUnknownType() {
        work = (job, progress) -> {
            throw InvalidInputException.of("file", "is no longer kept");
        };
        JobId refused = queued(COUNT);
        assertThat(runJob.run(refused)).isEqualTo(RunJob.Outcome.FAILED);
        assertThat(storage.jobs().find(refused).orElseThrow().failureReason()).isEqualTo("file is no longer kept");

        JobId unknown = queued(JobType.of("mystery"));
        assertThat(runJob.run(unknown)).isEqualTo(RunJob.Outcome.FAILED);
        assertThat(runJob.run(unknown)).as("run again after it finished").isEqualTo(RunJob.Outcome.SKIPPED);
        assertThat(storage.jobs().find(unknown).orElseThrow().failureReason()).contains("no runner");
    }

    @Test
    void marksABugAsAFailureAndLetsTheWorkerSeeIt() {
        work = (job, progress) -> {
            throw new IllegalStateException("bug");
        };
        JobId id = queued(COUNT);

        assertThatThrownBy(() -> delivered.run(received())).hasMessage("bug");
        assertThat(storage.jobs().find(id).orElseThrow().failureReason()).contains("IllegalStateException");
        assertThat(queue.unsettled()).isZero();
    }

    @Test
    void recordsAJobThatRanOutOfMemoryAsFailedAndSettlesItsDelivery() {
        work = (job, progress) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        JobId id = queued(COUNT);

        assertThatThrownBy(() -> delivered.run(received())).isInstanceOf(OutOfMemoryError.class);
        Job failed = storage.jobs().find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.failureReason()).startsWith("the job ran out of memory");
        assertThat(queue.unsettled()).isZero();
    }

    @Test
    void showsAResultsStoredFileAsAFreshLink() {
        InMemoryFileStore files = new InMemoryFileStore(clock);
        work = (job, progress) -> {
            Map<String, Object> result = new HashMap<>();
            result.put("errorFileKey", "imports/errors/x.xlsx");
            result.put("reportFileKey", null);
            return result;
        };
        JobId id = queued(COUNT);
        runJob.run(id);

        JobView view = new GetJob(storage.jobs(), files, Duration.ofHours(1)).get(id.value());

        assertThat((String) view.result().get("errorFileUrl")).startsWith("memory://files/imports/errors/x.xlsx");
        assertThat(view.result()).containsEntry("reportFileUrl", null).doesNotContainKey("errorFileKey");
        assertThatThrownBy(() -> new GetJob(storage.jobs(), files, Duration.ofHours(1)).get("nope"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void leavesAJobRunningForTheCarrierToRetryAndFailsItWhenAbandoned() {
        work = (job, progress) -> {
            throw new UnavailableException("database down", null);
        };
        JobId id = queued(COUNT);

        assertThatThrownBy(() -> runJob.run(id)).isInstanceOf(UnavailableException.class);
        assertThat(storage.jobs().find(id).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);

        runJob.abandon(id, "SQS gave up after 5 receives");
        Job abandoned = storage.jobs().find(id).orElseThrow();
        assertThat(abandoned.status()).isEqualTo(JobStatus.FAILED);
        assertThat(abandoned.failureReason()).isEqualTo("SQS gave up after 5 receives");
        runJob.abandon(id, "again");
        assertThat(storage.jobs().find(id).orElseThrow().failureReason()).isEqualTo("SQS gave up after 5 receives");
    }

    @Test
    void progressIsStoredWhenItsWholePercentMovesNotAtEveryReport() {
        work = (job, progress) -> {
            for (long done = 1; done <= 1_000; done++) {
                progress.report(done, 1_000);
                seenProgress.add(
                        storage.jobs().find(job.id()).orElseThrow().progress().done());
            }
            return Map.of();
        };
        JobId id = queued(COUNT);

        assertThat(runJob.run(id)).isEqualTo(RunJob.Outcome.SUCCEEDED);

        assertThat(seenProgress.get(0))
                .as("the first report, which sets the total")
                .isEqualTo(1L);
        assertThat(seenProgress.get(8)).as("still within 0 %").isEqualTo(1L);
        assertThat(seenProgress.get(9)).as("1 %").isEqualTo(10L);
        assertThat(seenProgress.get(123)).as("12.4 %: as stored at 12 %").isEqualTo(120L);
        assertThat(seenProgress.get(999)).as("the end").isEqualTo(1_000L);
        assertThat(seenProgress.stream().distinct().count()).isEqualTo(101);
        assertThat(storage.jobs().find(id).orElseThrow().progress().done()).isEqualTo(1_000L);
    }

    @Test
    void aStoppingWorkerStopsTheJobAtItsNextReportAndPutsItBackToBeResumedAtOnce() {
        boolean[] stopping = {false};
        work = (job, progress) -> {
            progress.report(1, 3);
            stopping[0] = true;
            progress.report(2, 3);
            throw new AssertionError("the job goes on after the worker asked it to stop");
        };
        JobId id = queued(COUNT);

        assertThat(delivered.run(received(), () -> stopping[0])).isEqualTo(RunDeliveredJob.Outcome.STOPPED);

        Job stopped = storage.jobs().find(id).orElseThrow();
        assertThat(stopped.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(stopped.progress().done()).isEqualTo(1);
        JobDelivery again = received();
        assertThat(again.jobId()).as("put back at once").isEqualTo(id);
    }

    @Test
    void progressNeverGoesBackWhenAJobIsRunAgain() {
        work = (job, progress) -> {
            progress.report(5, 10);
            throw new UnavailableException("database down", null);
        };
        JobId id = queued(COUNT);
        assertThatThrownBy(() -> runJob.run(id)).isInstanceOf(UnavailableException.class);

        work = (job, progress) -> {
            progress.report(2, 10);
            seenProgress.add(
                    storage.jobs().find(job.id()).orElseThrow().progress().done());
            progress.report(7, 10);
            seenProgress.add(
                    storage.jobs().find(job.id()).orElseThrow().progress().done());
            return Map.of();
        };
        assertThat(runJob.run(id)).isEqualTo(RunJob.Outcome.SUCCEEDED);

        assertThat(seenProgress).containsExactly(5L, 7L);
    }

    @Test
    void aRunWhoseJobAnotherRunOfItChangedMeanwhileStepsAsideAndLeavesTheResultToIt() {
        work = (job, progress) -> {
            Job other = storage.jobs().find(job.id()).orElseThrow();
            storage.jobs().update(other.report(new dev.roster.domain.job.JobProgress(3, 10), clock.instant()));
            progress.report(1, 10);
            throw new AssertionError("went on after another run took the job over");
        };
        JobId id = queued(COUNT);

        assertThat(delivered.run(received())).isEqualTo(RunDeliveredJob.Outcome.SKIPPED);

        Job kept = storage.jobs().find(id).orElseThrow();
        assertThat(kept.status()).as("not failed: the other run goes on").isEqualTo(JobStatus.RUNNING);
        assertThat(kept.progress().done()).isEqualTo(3);
    }

    @Test
    void theLeaseIsRenewedAsTheJobReportsProgressNoMoreOftenThanItSays() {
        ManualClock time = ManualClock.startingNow();
        InMemoryJobQueue leased = new InMemoryJobQueue(time, 5);
        JobId id = queued(COUNT);
        leased.enqueue(id);
        JobLease lease = new JobLease(Duration.ofSeconds(45), Duration.ofSeconds(10));
        DeliveryLease held =
                new DeliveryLease(leased, leased.receive(1, lease.length()).get(0), lease, time, () -> false);

        time.advance(Duration.ofSeconds(40));
        held.renew();
        time.advance(Duration.ofSeconds(5));
        held.renew();
        time.advance(Duration.ofSeconds(35));
        assertThat(leased.receive(1, lease.length()))
                .as("renewed at 40 s: hidden until 85 s")
                .isEmpty();
        time.advance(Duration.ofSeconds(6));
        assertThat(leased.receive(1, lease.length()))
                .as("the renewal 5 s after the last one was skipped")
                .extracting(JobDelivery::jobId)
                .containsExactly(id);
    }

    private JobId queued(JobType type) {
        JobId id = JobId.next(clock.instant());
        storage.jobs().create(Job.queue(id, type, Map.of(), clock.instant()));
        queue.enqueue(id);
        return id;
    }

    private JobDelivery received() {
        List<JobDelivery> deliveries = queue.receive(1, Duration.ofMinutes(1));
        assertThat(deliveries).hasSize(1);
        return deliveries.get(0);
    }
}

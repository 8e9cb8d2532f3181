package dev.roster.application.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.job.RunDeliveredJob;
import dev.roster.application.job.RunJob;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobStatus;
import dev.roster.domain.platform.MetricName;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectMetricsTest extends CollectionFixture {

    @Test
    void recordsEachReadingInTheHistoryAndShowsItOnTheAccount() {
        AccountId minji = register("a", "minji", null).account().id();
        source.answer(handle(minji), followers(1200));

        CollectionReport report = roster.collection().collect(new CollectionBatch(A, List.of(minji)));

        assertThat(report.collected()).isEqualTo(1);
        PlatformAccount stored = storage.influencers().findAccount(minji).orElseThrow();
        assertThat(stored.latestMetrics().value(MetricName.FOLLOWERS)).contains(1200L);
        assertThat(storage.metricHistory().newestFirst(minji, 10)).hasSize(1);
        assertThat(source.calls().get(0).target().profileUrl()).isEqualTo(URI.create("https://blog.example/minji"));
    }

    @Test
    void readsTheAccountsOwnProfileUrlWhenItHasOne() {
        AccountId own =
                register("a", "own", "https://blog.example/own-page").account().id();
        source.answer(handle(own), followers(5));

        roster.collection().collect(new CollectionBatch(A, List.of(own)));

        assertThat(source.calls().get(0).target().profileUrl()).isEqualTo(URI.create("https://blog.example/own-page"));
    }

    @Test
    void recordsEachKindOfFailureWithItsReason() {
        AccountId missing = register("a", "missing", null).account().id();
        AccountId hidden = register("a", "hidden", null).account().id();
        AccountId changed = register("a", "changed", null).account().id();
        AccountId flaky = register("a", "flaky", null).account().id();
        source.answer(handle(missing), new CollectionOutcome.AccountMissing("HTTP 404"))
                .answer(handle(hidden), new CollectionOutcome.AccountPrivate("this account is private"))
                .answer(handle(changed), new CollectionOutcome.PageChanged(MetricName.FOLLOWERS, "<div class=new>"))
                .answer(handle(flaky), new CollectionOutcome.TransientFailure("HTTP 503"));

        CollectionReport report =
                roster.collection().collect(new CollectionBatch(A, List.of(missing, hidden, changed, flaky)));

        assertThat(report.failed())
                .containsOnly(
                        Map.entry(CollectionFailure.Status.NOT_FOUND, 1),
                        Map.entry(CollectionFailure.Status.PRIVATE, 1),
                        Map.entry(CollectionFailure.Status.PAGE_CHANGED, 1),
                        Map.entry(CollectionFailure.Status.TRANSIENT, 1));
        assertThat(lastFailure(missing).reason()).isEqualTo("HTTP 404");
        assertThat(lastFailure(hidden).status()).isEqualTo(CollectionFailure.Status.PRIVATE);
        assertThat(lastFailure(changed).reason()).contains("followers").contains("<div class=new>");
        assertThat(lastFailure(flaky).status()).isEqualTo(CollectionFailure.Status.TRANSIENT);
        assertThat(roster.collection()
                        .lastFailure(storage.influencers().findAccount(flaky).orElseThrow()))
                .isPresent();
    }

    @Test
    void aNewerReadingHidesAnOlderFailureFromTheAccount() {
        AccountId account = register("a", "recovers", null).account().id();
        source.answer(handle(account), new CollectionOutcome.TransientFailure("HTTP 503"));
        roster.collection().collect(new CollectionBatch(A, List.of(account)));
        source.answer(
                handle(account),
                new CollectionOutcome.Collected(dev.roster.domain.influencer.MetricReading.of(
                        clock.instant().plusSeconds(60), Map.of(MetricName.FOLLOWERS, 9L))));

        roster.collection().collect(new CollectionBatch(A, List.of(account)));

        assertThat(roster.collection()
                        .lastFailure(storage.influencers().findAccount(account).orElseThrow()))
                .isEmpty();
    }

    @Test
    void honoursRetryAfterAndBacksOffBeforeAskingAgain() {
        AccountId account = register("a", "busy", null).account().id();
        source.answer(handle(account), new CollectionOutcome.RateLimited(Duration.ofSeconds(20)), followers(77));

        CollectionReport report = roster.collection().collect(new CollectionBatch(A, List.of(account)));

        assertThat(report.collected()).isEqualTo(1);
        List<ScriptedSource.Call> calls = source.calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).at() - calls.get(0).at())
                .isGreaterThanOrEqualTo(Duration.ofSeconds(20).toNanos());
        assertThat(meter.calls("waited"))
                .as("the second request waited out the platform's 20 s")
                .containsExactly("waited a PT20S");
        assertThat(meter.calls("collected")).containsExactly("collected a collected 1");
    }

    @Test
    void givesUpAfterThreeRateLimitedTriesAndRecordsIt() {
        AccountId account = register("a", "swamped", null).account().id();
        source.answer(handle(account), new CollectionOutcome.RateLimited(Duration.ZERO));

        CollectionReport report = roster.collection().collect(new CollectionBatch(A, List.of(account)));

        assertThat(report.failed()).containsOnly(Map.entry(CollectionFailure.Status.RATE_LIMITED, 1));
        List<ScriptedSource.Call> calls = source.calls();
        assertThat(calls).hasSize(RateLimitedSource.TRIES);
        assertThat(calls.get(1).at() - calls.get(0).at()).as("first backoff").isGreaterThanOrEqualTo(1_000_000_000L);
        assertThat(calls.get(2).at() - calls.get(1).at()).as("doubled").isGreaterThanOrEqualTo(2_000_000_000L);
    }

    @Test
    void skipsAccountsDeletedSinceTheyWereScheduled() {
        AccountId gone = register("a", "gone", null).account().id();
        storage.influencers().deleteAccount(gone);

        CollectionReport report = roster.collection().collect(new CollectionBatch(A, List.of(gone)));

        assertThat(report.skipped()).isEqualTo(1);
        assertThat(source.calls()).isEmpty();
        assertThat(meter.calls()).containsExactly("collected a skipped 1");
    }

    @Test
    void runsAQueuedJobToTheEndWithItsReportAsResult() {
        AccountId one = register("a", "one", null).account().id();
        AccountId two = register("a", "two", null).account().id();
        source.answer(handle(one), followers(10)).answer(handle(two), new CollectionOutcome.AccountMissing("404"));
        JobId job = roster.collection().schedule("a", false).jobs().get(0);

        RunDeliveredJob worker = roster.jobs().deliveredBy(queue);
        assertThat(worker.run(queue.receive(1, Duration.ofMinutes(1)).get(0)))
                .isEqualTo(RunDeliveredJob.Outcome.SUCCEEDED);

        Job done = storage.jobs().find(job).orElseThrow();
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.result())
                .containsEntry("collected", 1L)
                .containsEntry("failed", 1L)
                .containsEntry("not_found", 1L);
        assertThat(meter.calls())
                .as("one count per outcome of the batch, the second request's wait for its turn (600 a minute), the"
                        + " job's end")
                .containsExactly(
                        "queued a 2",
                        "waited a PT0.1S",
                        "collected a collected 1",
                        "collected a not_found 1",
                        "job collect succeeded");
        assertThat(queue.unsettled()).as("the delivery was acknowledged").isZero();
        assertThat(queue.receive(1, Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void aJobForAPlatformThisProcessCannotReadFailsWithTheReason() {
        AccountId office =
                register("b", "office", "https://b.example/office").account().id();
        Job job = Job.queue(
                JobId.next(clock.instant()),
                CollectionBatch.JOB_TYPE,
                new CollectionBatch(B, List.of(office)).toParameters(),
                clock.instant());
        storage.jobs().create(job);

        assertThat(roster.jobs().runner().run(job.id())).isEqualTo(RunJob.Outcome.FAILED);

        Job failed = storage.jobs().find(job.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.failureReason()).contains("no metric source for platform b");
        assertThat(meter.calls("job")).containsExactly("job collect failed");
        assertThatThrownBy(() -> roster.collection().collect(new CollectionBatch(B, List.of(office))))
                .isInstanceOf(InvalidInputException.class);
    }

    private CollectionFailure lastFailure(AccountId account) {
        return storage.metricHistory().lastFailure(account).orElseThrow();
    }

    private dev.roster.domain.influencer.Handle handle(AccountId account) {
        return storage.influencers().findAccount(account).orElseThrow().handle();
    }
}

package dev.roster.adapters.lambda.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.job.JobRunner;
import dev.roster.application.job.RunJob;
import dev.roster.application.port.Meter;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobStatus;
import dev.roster.domain.job.JobType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class QueueWorkerHandlerTest {

    private static final JobType ECHO = JobType.of("echo");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final EchoRunner runner = new EchoRunner();
    private final RunJob runJob =
            new RunJob(storage.jobs(), List.of(runner), Clock.systemUTC(), ForkJoinPool.commonPool(), Meter.NONE);

    @Test
    void failsTheDocumentationsSampleMessagesForTheyNameNoJobSoTheyEndInTheDeadLetters() {
        SQSBatchResponse response = new QueueWorkerHandler(runJob, 3).handleRequest(docsSample(), null);

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("059f36b4-87a3-44ab-83d2-661975830a7d", "2e1424d4-f796-459a-8184-9c92662be6da");
        assertThat(runner.ran).isEmpty();
    }

    @Test
    void reportsOnlyTheMessageWhoseJobMustBeTriedAgain() {
        JobId first = queued(0);
        JobId storeDown = queued(1);
        JobId third = queued(2);
        runner.unavailable.add(storeDown);

        SQSBatchResponse response = new QueueWorkerHandler(runJob, 3)
                .handleRequest(
                        event(message("m1", first, 1), message("m2", storeDown, 1), message("m3", third, 1)), null);

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m2");
        assertThat(status(first)).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(status(third)).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(status(storeDown)).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void aRedeliveredJobThatAlreadyFinishedIsNotRunAgain() {
        JobId job = queued(0);
        QueueWorkerHandler handler = new QueueWorkerHandler(runJob, 3);

        handler.handleRequest(event(message("m1", job, 1)), null);
        SQSBatchResponse again = handler.handleRequest(event(message("m1", job, 2)), null);

        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(runner.ran).containsExactly(job);
    }

    @Test
    void recordsAJobAsFailedWhenItsLastAllowedDeliveryFailsToo() {
        JobId job = queued(0);
        runner.unavailable.add(job);

        SQSBatchResponse response = new QueueWorkerHandler(runJob, 3).handleRequest(event(message("m1", job, 3)), null);

        assertThat(response.getBatchItemFailures()).hasSize(1);
        Job failed = storage.jobs().find(job).orElseThrow();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.failureReason()).startsWith("gave up after 3 attempts: store down");
    }

    @Test
    void aBugIsRecordedAsFailedAndItsMessageIsDoneWith() {
        JobId job = queued(0);
        runner.buggy.add(job);

        SQSBatchResponse response = new QueueWorkerHandler(runJob, 3).handleRequest(event(message("m1", job, 1)), null);

        assertThat(response.getBatchItemFailures())
                .as("nothing to try again: it would fail the same way")
                .isEmpty();
        assertThat(status(job)).isEqualTo(JobStatus.FAILED);
    }

    private JobId queued(int second) {
        Instant at = Instant.parse("2026-12-02T09:00:00Z").plusSeconds(second);
        Job job = Job.queue(JobId.next(at), ECHO, Map.of(), at);
        storage.jobs().create(job);
        return job.id();
    }

    private JobStatus status(JobId job) {
        return storage.jobs().find(job).orElseThrow().status();
    }

    private static SQSEvent.SQSMessage message(String id, JobId job, int receiveCount) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(job.value());
        message.setAttributes(Map.of("ApproximateReceiveCount", String.valueOf(receiveCount)));
        return message;
    }

    private static SQSEvent event(SQSEvent.SQSMessage... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(messages));
        return event;
    }

    private static SQSEvent docsSample() {
        try (InputStream json = QueueWorkerHandlerTest.class.getResourceAsStream("/events/sqs-docs-sample.json")) {
            return LambdaEventSerializers.serializerFor(SQSEvent.class, QueueWorkerHandlerTest.class.getClassLoader())
                    .fromJson(json);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A job type for the test: remembers what it ran, and finds the store down for the jobs it is told to. */
    private static final class EchoRunner implements JobRunner {

        final List<JobId> ran = new ArrayList<>();
        final Set<JobId> unavailable = new HashSet<>();
        final Set<JobId> buggy = new HashSet<>();

        @Override
        public JobType type() {
            return ECHO;
        }

        @Override
        public Map<String, Object> run(Job job, Progress progress) {
            if (unavailable.contains(job.id())) {
                throw new UnavailableException("store down", null);
            }
            if (buggy.contains(job.id())) {
                throw new IllegalStateException("bug");
            }
            ran.add(job.id());
            return Map.of("echoed", true);
        }
    }
}

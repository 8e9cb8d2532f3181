package dev.roster.adapters.lambda.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.roster.domain.job.JobId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueWorkerHandlerTest {

    private final RecordingWork work = new RecordingWork();

    @Test
    void failsTheDocumentationsSampleMessagesForTheyNameNoJobSoTheyEndInTheDeadLetters() {
        SQSBatchResponse response = new QueueWorkerHandler(work, 3).handleRequest(docsSample(), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("059f36b4-87a3-44ab-83d2-661975830a7d", "2e1424d4-f796-459a-8184-9c92662be6da");
        assertThat(work.ran).isEmpty();
    }

    @Test
    void reportsOnlyTheMessageWhoseJobFailed() {
        JobId first = JobId.next(Instant.parse("2026-12-02T09:00:00Z"));
        JobId failing = JobId.next(Instant.parse("2026-12-02T09:00:01Z"));
        JobId third = JobId.next(Instant.parse("2026-12-02T09:00:02Z"));
        work.failing.add(failing);

        SQSBatchResponse response = new QueueWorkerHandler(work, 3).handleRequest(
                event(message("m1", first, 1), message("m2", failing, 1), message("m3", third, 1)), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m2");
        assertThat(work.ran).containsExactly(first, failing, third);
        assertThat(work.abandoned).isEmpty();
    }

    @Test
    void recordsAJobAsFailedWhenItsLastAllowedDeliveryFailsToo() {
        JobId job = JobId.next(Instant.parse("2026-12-02T09:00:00Z"));
        work.failing.add(job);

        SQSBatchResponse response = new QueueWorkerHandler(work, 3).handleRequest(event(message("m1", job, 3)), null);

        assertThat(response.getBatchItemFailures()).hasSize(1);
        assertThat(work.abandoned).singleElement().satisfies(reason ->
                assertThat(reason).startsWith(job + " gave up after 3 attempts: store down"));
    }

    @Test
    void aFailureToRecordTheAbandonedJobStillSendsTheMessageOnToTheDeadLetters() {
        JobId job = JobId.next(Instant.parse("2026-12-02T09:00:00Z"));
        work.failing.add(job);
        work.abandonFails = true;

        SQSBatchResponse response = new QueueWorkerHandler(work, 2).handleRequest(event(message("m1", job, 2)), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m1");
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

    /** Runs nothing; remembers what it was asked and fails the jobs it is told to. */
    private static final class RecordingWork implements JobWork {

        final List<JobId> ran = new ArrayList<>();
        final List<String> abandoned = new ArrayList<>();
        final Set<JobId> failing = new HashSet<>();
        boolean abandonFails;

        @Override
        public void run(JobId job) {
            ran.add(job);
            if (failing.contains(job)) {
                throw new IllegalStateException("store down");
            }
        }

        @Override
        public void abandon(JobId job, String reason) {
            if (abandonFails) {
                throw new IllegalStateException("still down");
            }
            abandoned.add(job + " " + reason);
        }
    }
}

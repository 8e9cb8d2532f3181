package dev.roster.adapters.lambda.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.port.JobDelivery;
import dev.roster.domain.job.JobId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading a delivery from the strings of one SQS message, as a Lambda SQS event carries them. */
class SqsMessagesTest {

    private final JobId job = JobId.next(Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void aJobMessageIsADeliveryWithItsReceiptAndReceiveCount() {
        assertThat(SqsMessages.delivery("receipt-1", SqsMessages.body(job), "3"))
                .contains(new JobDelivery(job, "receipt-1", 3));
    }

    @Test
    void aMissingOrUnreadableReceiveCountCountsAsOneReceive() {
        assertThat(SqsMessages.delivery("r", job.value(), null))
                .map(JobDelivery::receiveCount)
                .contains(1);
        assertThat(SqsMessages.delivery("r", job.value(), "many"))
                .map(JobDelivery::receiveCount)
                .contains(1);
        assertThat(SqsMessages.delivery("r", job.value(), "0"))
                .map(JobDelivery::receiveCount)
                .contains(1);
    }

    @Test
    void surroundingWhitespaceInTheBodyIsForgiven() {
        assertThat(SqsMessages.delivery("r", " " + job.value() + "\n", "1"))
                .map(JobDelivery::jobId)
                .contains(job);
    }

    @Test
    void aMessageThatNamesNoJobIsNoDelivery() {
        assertThat(SqsMessages.delivery("r", "{\"job\":\"x\"}", "1")).isEmpty();
        assertThat(SqsMessages.delivery("r", "", "1")).isEmpty();
        assertThat(SqsMessages.delivery("r", null, "1")).isEmpty();
        assertThat(SqsMessages.delivery("", job.value(), "1")).isEmpty();
    }
}

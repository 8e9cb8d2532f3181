package dev.roster.adapters.lambda.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.roster.adapters.lambda.aws.AwsClients;
import dev.roster.adapters.lambda.aws.DeadEndpoints;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.testkit.ManualClock;
import dev.roster.domain.job.JobId;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** What the SQS job queue does beyond the contract: the dead-letter queue, long polls, foreign messages, outages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqsJobQueueTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    @RegisterExtension
    final ElasticMqServer server = new ElasticMqServer();

    /** The time the server tells; a test moves it on instead of sleeping. */
    private ManualClock clock;

    @BeforeEach
    void standStill() {
        clock = ManualClock.startingNow();
        server.tellTimeBy(clock);
    }

    @Test
    void aJobTriedTooOftenLandsInTheDeadLetterQueue() {
        SqsQueuePair queues = newQueues(1);
        SqsJobQueue queue = queue(queues.queueUrl(), Duration.ZERO);
        JobId job = newJob();
        queue.enqueue(job);

        queue.release(queue.receive(1, LONG).get(0), Duration.ZERO);

        assertThat(queue.receive(10, LONG)).isEmpty();
        List<JobDelivery> dead =
                queue(queues.deadLetterQueueUrl(), Duration.ofSeconds(1)).receive(10, LONG);
        assertThat(dead).extracting(JobDelivery::jobId).containsExactly(job);
    }

    @Test
    void theRedrivePolicyNamesTheDeadLetterQueueAndTheLimit() {
        SqsQueuePair queues = newQueues(4);

        String policy = server.sqs()
                .getQueueAttributes(
                        get -> get.queueUrl(queues.queueUrl()).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                .attributes()
                .get(QueueAttributeName.REDRIVE_POLICY);
        String deadLettersArn = server.sqs()
                .getQueueAttributes(
                        get -> get.queueUrl(queues.deadLetterQueueUrl()).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);

        assertThat(queues.deadLetterQueueUrl()).endsWith(SqsQueues.DEAD_LETTER_SUFFIX);
        assertThat(policy).contains(deadLettersArn).containsPattern("\"maxReceiveCount\":\"?4\"?");
    }

    @Test
    void aLongPollHandsOutAJobEnqueuedWhileItWaits() throws Exception {
        SqsJobQueue queue = queue(newQueues(5).queueUrl(), Duration.ofSeconds(5));
        JobId job = newJob();
        long before = server.timeReads();

        CompletableFuture<List<JobDelivery>> waiting = CompletableFuture.supplyAsync(() -> queue.receive(1, LONG));
        // The server asks the time when the receive reaches the queue: from then on it is waiting, found nothing.
        Instant giveUp = Instant.now().plusSeconds(5);
        while (server.timeReads() == before && Instant.now().isBefore(giveUp)) {
            Thread.onSpinWait();
        }
        assertThat(server.timeReads()).as("the receive reached the queue").isGreaterThan(before);
        assertThat(waiting).as("waiting, with nothing to hand out").isNotDone();
        queue.enqueue(job);

        assertThat(waiting.get()).extracting(JobDelivery::jobId).containsExactly(job);
    }

    @Test
    void aLongPollOnAnEmptyQueueWaitsItsTimeThenAnswersEmpty() {
        SqsJobQueue queue = queue(newQueues(5).queueUrl(), Duration.ofSeconds(1));

        long started = System.nanoTime();
        assertThat(queue.receive(10, LONG)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
    }

    @Test
    void aReleasedJobStaysHiddenForTheDelay() {
        SqsJobQueue queue = queue(newQueues(5).queueUrl(), Duration.ZERO);
        JobId job = newJob();
        queue.enqueue(job);

        queue.release(queue.receive(1, LONG).get(0), Duration.ofSeconds(2));

        assertThat(queue.receive(10, LONG)).as("right after release").isEmpty();
        clock.advance(Duration.ofMillis(1_900));
        assertThat(queue.receive(10, LONG)).as("just before the delay ends").isEmpty();
        clock.advance(Duration.ofMillis(200));
        assertThat(queue.receive(10, LONG)).extracting(JobDelivery::jobId).containsExactly(job);
    }

    @Test
    void aForeignMessageIsNoJobAndIsRedrivenToTheDeadLetterQueue() {
        SqsQueuePair queues = newQueues(1);
        SqsJobQueue queue = queue(queues.queueUrl(), Duration.ZERO);
        server.sqs().sendMessage(send -> send.queueUrl(queues.queueUrl()).messageBody("{\"hello\":\"world\"}"));

        assertThat(queue.receive(10, Duration.ofSeconds(1))).isEmpty();
        clock.advance(Duration.ofMillis(1_200));
        assertThat(queue.receive(10, Duration.ofSeconds(1))).isEmpty();

        List<Message> dead = server.sqs()
                .receiveMessage(receive -> receive.queueUrl(queues.deadLetterQueueUrl()))
                .messages();
        assertThat(dead).extracting(Message::body).containsExactly("{\"hello\":\"world\"}");
    }

    @Test
    void aMessageAsSqsHandsItOutReadsAsTheSameDeliveryTheQueueWouldGive() {
        SqsQueuePair queues = newQueues(5);
        JobId job = newJob();
        queue(queues.queueUrl(), Duration.ZERO).enqueue(job);

        Message message = server.sqs()
                .receiveMessage(receive -> receive.queueUrl(queues.queueUrl())
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                .messages()
                .get(0);
        JobDelivery delivery = SqsMessages.delivery(
                        message.receiptHandle(),
                        message.body(),
                        message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                .orElseThrow();

        assertThat(delivery).isEqualTo(new JobDelivery(job, message.receiptHandle(), 1));
        queue(queues.queueUrl(), Duration.ZERO).acknowledge(delivery);
        assertThat(server.sqs()
                        .getQueueAttributes(get -> get.queueUrl(queues.queueUrl())
                                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                        .attributes()
                        .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .isEqualTo("0");
    }

    @Test
    void asksSqsForNoMoreThanItsTenMessageLimit() {
        SqsJobQueue queue = queue(newQueues(5).queueUrl(), Duration.ZERO);
        for (int i = 0; i < 15; i++) {
            queue.enqueue(newJob());
        }

        assertThat(queue.receive(25, LONG)).hasSizeBetween(1, 10);
        assertThat(queue.receive(0, LONG)).isEmpty();
    }

    @Test
    void visibilityAndDelayAreRoundedUpToWholeSecondsWithinSqsLimits() {
        assertThat(SqsJobQueue.seconds(Duration.ZERO)).isZero();
        assertThat(SqsJobQueue.seconds(Duration.ofMillis(-5))).isZero();
        assertThat(SqsJobQueue.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(SqsJobQueue.seconds(Duration.ofMillis(1_500))).isEqualTo(2);
        assertThat(SqsJobQueue.seconds(Duration.ofSeconds(30))).isEqualTo(30);
        assertThat(SqsJobQueue.seconds(Duration.ofDays(1))).isEqualTo(12 * 60 * 60);
    }

    @Test
    void aQueueNobodyListensForIsReportedUnavailableQuickly() throws IOException {
        try (SqsClient down = AwsClients.sqs(DeadEndpoints.refused())) {
            SqsJobQueue queue = new SqsJobQueue(down, SqsQueueSettings.of("http://127.0.0.1:1/000000000000/jobs"));

            assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertThatThrownBy(() -> queue.enqueue(newJob()))
                            .isInstanceOf(UnavailableException.class)
                            .hasMessageContaining("SQS SendMessage to http://127.0.0.1:1/000000000000/jobs failed")
                            .hasMessageContaining("Connection refused"));
        }
    }

    @Test
    void aQueueThatNeverAnswersTimesOutInsteadOfHanging() throws IOException {
        try (ServerSocket silent = DeadEndpoints.silent();
                SqsClient stuck = AwsClients.sqs(DeadEndpoints.settings(silent))) {
            SqsJobQueue queue = new SqsJobQueue(stuck, new SqsQueueSettings("http://127.0.0.1/q/jobs", Duration.ZERO));

            assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertThatThrownBy(() -> queue.receive(1, LONG))
                            .isInstanceOf(UnavailableException.class)
                            .hasMessageContaining("SQS ReceiveMessage from http://127.0.0.1/q/jobs failed")
                            .hasMessageContaining("timed out"));
        }
    }

    @Test
    void queueNamesAndLimitsAreCheckedBeforeAnythingIsCreated() {
        assertThatThrownBy(() -> SqsQueues.create(server.sqs(), "jobs.fifo", 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqsQueues.create(server.sqs(), "x".repeat(77), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqsQueues.create(server.sqs(), "jobs", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SqsQueueSettings("http://q", Duration.ofSeconds(21)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private SqsQueuePair newQueues(int maxReceives) {
        return server.newQueues(maxReceives);
    }

    private SqsJobQueue queue(String url, Duration waitTime) {
        return new SqsJobQueue(server.sqs(), new SqsQueueSettings(url, waitTime));
    }

    private static JobId newJob() {
        return JobId.next(Instant.now());
    }
}

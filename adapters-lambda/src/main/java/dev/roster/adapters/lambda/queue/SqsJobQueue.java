package dev.roster.adapters.lambda.queue;

import dev.roster.adapters.lambda.aws.AwsFailures;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.domain.job.JobId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageNotInflightException;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;

/**
 * The {@link JobQueue} on an SQS standard queue: a message per job, its body the job id. Hiding a job while it is
 * worked on is SQS's visibility timeout, acknowledging deletes the message, releasing shortens its timeout, and dead
 * letters are the queue's redrive policy (see {@link SqsQueues#create}): SQS moves a message received more than
 * {@code maxReceiveCount} times to the dead-letter queue.
 *
 * <p>Acknowledging or releasing with a receipt SQS no longer honours (the message was handed to another worker, or
 * is gone) changes nothing, as on the other queues. SQS may still hand a job out twice: jobs are idempotent.
 */
public final class SqsJobQueue implements JobQueue {

    /** SQS hands out at most ten messages per receive. */
    static final int MAX_BATCH = 10;
    /** SQS hides a message for at most twelve hours. */
    static final Duration MAX_VISIBILITY = Duration.ofHours(12);

    private final SqsClient sqs;
    private final SqsQueueSettings settings;

    public SqsJobQueue(SqsClient sqs, SqsQueueSettings settings) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void enqueue(JobId job) {
        try {
            sqs.sendMessage(send -> send.queueUrl(settings.queueUrl()).messageBody(SqsMessages.body(job)));
        } catch (SdkException failed) {
            throw AwsFailures.unavailable("SQS SendMessage to " + settings.queueUrl(), failed);
        }
    }

    /**
     * Waits up to the settings' long-poll time for a first message. Asking for more than ten gets at most ten, and
     * a message whose body is no job id is left where it is, to reach the dead-letter queue by redrive.
     */
    @Override
    public List<JobDelivery> receive(int max, Duration visibility) {
        if (max < 1) {
            return List.of();
        }
        try {
            List<Message> messages = sqs.receiveMessage(receive -> receive.queueUrl(settings.queueUrl())
                            .maxNumberOfMessages(Math.min(max, MAX_BATCH))
                            .visibilityTimeout(seconds(visibility))
                            .waitTimeSeconds(settings.waitTimeSeconds())
                            .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                    .messages();
            return messages.stream()
                    .map(SqsJobQueue::delivery)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (SdkException failed) {
            throw AwsFailures.unavailable("SQS ReceiveMessage from " + settings.queueUrl(), failed);
        }
    }

    @Override
    public void acknowledge(JobDelivery delivery) {
        try {
            sqs.deleteMessage(delete -> delete.queueUrl(settings.queueUrl()).receiptHandle(delivery.receipt()));
        } catch (ReceiptHandleIsInvalidException stale) {
            // another worker holds the job now, or it is gone: nothing of ours to settle
        } catch (SdkException failed) {
            throw AwsFailures.unavailable("SQS DeleteMessage on " + settings.queueUrl(), failed);
        }
    }

    /** SQS's own pattern: a worker extends the visibility of the message it is working on. */
    @Override
    public void extend(JobDelivery delivery, Duration visibility) {
        release(delivery, visibility);
    }

    @Override
    public void release(JobDelivery delivery, Duration delay) {
        try {
            sqs.changeMessageVisibility(change -> change.queueUrl(settings.queueUrl())
                    .receiptHandle(delivery.receipt())
                    .visibilityTimeout(seconds(delay)));
        } catch (ReceiptHandleIsInvalidException | MessageNotInflightException stale) {
            // the visibility timeout already passed: the job is back on the queue, or with another worker
        } catch (SdkException failed) {
            throw AwsFailures.unavailable("SQS ChangeMessageVisibility on " + settings.queueUrl(), failed);
        }
    }

    private static Optional<JobDelivery> delivery(Message message) {
        return SqsMessages.delivery(
                message.receiptHandle(),
                message.body(),
                message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    }

    /** Whole seconds, rounded up so a job is never hidden or held back for less than asked, capped at SQS's limit. */
    static int seconds(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return 0;
        }
        Duration capped = duration.compareTo(MAX_VISIBILITY) > 0 ? MAX_VISIBILITY : duration;
        long whole = capped.toSeconds();
        return (int) (capped.toNanosPart() > 0 ? whole + 1 : whole);
    }
}

package dev.roster.adapters.lambda.queue;

import dev.roster.application.port.JobDelivery;
import dev.roster.domain.job.JobId;
import java.util.Optional;

/**
 * Reads a job delivery out of one SQS message, whether it came from a ReceiveMessage call or from the records of a
 * Lambda SQS event: the body is the job id, the receipt handle settles the delivery, and {@code
 * ApproximateReceiveCount} says how often it was handed out. Plain strings in, so no Lambda types are needed here.
 */
public final class SqsMessages {

    /** The message attribute that counts deliveries; SQS sets it on every message it hands out. */
    public static final String RECEIVE_COUNT_ATTRIBUTE = "ApproximateReceiveCount";

    private SqsMessages() {}

    /**
     * The delivery the message carries, or empty when its body names no job (a message nobody of ours sent): leave
     * such a message unacknowledged, or report it as a batch item failure, and the queue's redrive policy moves it to
     * the dead-letter queue once it has been received too often.
     *
     * @param approximateReceiveCount the attribute's value; when absent or unreadable the message counts as received
     *                                once, which it at least was
     */
    public static Optional<JobDelivery> delivery(String receiptHandle, String body, String approximateReceiveCount) {
        if (receiptHandle == null || receiptHandle.isEmpty() || body == null) {
            return Optional.empty();
        }
        return JobId.parse(body.strip())
                .map(job -> new JobDelivery(job, receiptHandle, receiveCount(approximateReceiveCount)));
    }

    /** What an enqueued job's message body is. */
    public static String body(JobId job) {
        return job.value();
    }

    private static int receiveCount(String approximateReceiveCount) {
        if (approximateReceiveCount == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(approximateReceiveCount.strip()));
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }
}

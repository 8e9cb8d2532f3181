package dev.roster.adapters.lambda.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * Which SQS queue the {@link SqsJobQueue} uses and how long one receive waits for a message to arrive.
 *
 * @param waitTime the long-poll wait, 0 to 20 seconds: zero answers at once (a worker that polls in a loop pays a
 *                 request per poll), a few seconds saves those requests but keeps the caller waiting that long
 *                 when the queue is empty
 */
public record SqsQueueSettings(String queueUrl, Duration waitTime) {

    /** Short: a worker notices new work within a second or two, and a shutdown is never held up for long. */
    public static final Duration DEFAULT_WAIT_TIME = Duration.ofSeconds(2);

    private static final Duration MAX_WAIT_TIME = Duration.ofSeconds(20);

    public SqsQueueSettings {
        Objects.requireNonNull(queueUrl, "queueUrl");
        Objects.requireNonNull(waitTime, "waitTime");
        if (queueUrl.isBlank()) {
            throw new IllegalArgumentException("an SQS queue URL is needed");
        }
        if (waitTime.isNegative() || waitTime.compareTo(MAX_WAIT_TIME) > 0) {
            throw new IllegalArgumentException("an SQS long poll waits 0 to 20 seconds, not " + waitTime);
        }
    }

    public static SqsQueueSettings of(String queueUrl) {
        return new SqsQueueSettings(queueUrl, DEFAULT_WAIT_TIME);
    }

    /** Whole seconds, as SQS takes them. */
    int waitTimeSeconds() {
        return (int) waitTime.toSeconds();
    }
}

package dev.roster.adapters.lambda.queue;

import java.util.Objects;

/** A job queue's URL and its dead-letter queue's URL, as {@link SqsQueues#create} made them. */
public record SqsQueuePair(String queueUrl, String deadLetterQueueUrl) {

    public SqsQueuePair {
        Objects.requireNonNull(queueUrl, "queueUrl");
        Objects.requireNonNull(deadLetterQueueUrl, "deadLetterQueueUrl");
    }
}

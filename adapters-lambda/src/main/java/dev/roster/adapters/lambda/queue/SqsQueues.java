package dev.roster.adapters.lambda.queue;

import dev.roster.adapters.lambda.aws.AwsFailures;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates a job queue and its dead-letter queue, joined by a redrive policy, where no Terraform does it: on
 * ElasticMQ for local runs and tests. On AWS the queues come from {@code deploy/terraform}, with the same shape.
 */
public final class SqsQueues {

    /** How the dead-letter queue is named after its queue. */
    public static final String DEAD_LETTER_SUFFIX = "-dlq";

    /** SQS queue names: up to 80 letters, digits, '-' and '_'; the suffix must still fit. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,76}");
    /** Dead letters are kept as long as SQS allows (14 days), for someone to look into. */
    private static final String DEAD_LETTER_RETENTION_SECONDS = String.valueOf(14 * 24 * 60 * 60);

    private SqsQueues() {}

    /**
     * Creates (or finds, as SQS's CreateQueue does for the same attributes) queue {@code name} and {@code name-dlq},
     * the first sending a message to the second once it has been received more than {@code maxReceives} times.
     */
    public static SqsQueuePair create(SqsClient sqs, String name, int maxReceives) {
        Objects.requireNonNull(sqs, "sqs");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an SQS queue name that leaves room for '-dlq': " + name);
        }
        if (maxReceives < 1 || maxReceives > 1000) {
            throw new IllegalArgumentException("SQS redrives after 1 to 1000 receives, not " + maxReceives);
        }
        try {
            String deadLetters = sqs.createQueue(create -> create.queueName(name + DEAD_LETTER_SUFFIX)
                            .attributes(
                                    Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD, DEAD_LETTER_RETENTION_SECONDS)))
                    .queueUrl();
            String deadLettersArn = sqs.getQueueAttributes(
                            get -> get.queueUrl(deadLetters).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes()
                    .get(QueueAttributeName.QUEUE_ARN);
            String queue = sqs.createQueue(create -> create.queueName(name)
                            .attributes(Map.of(
                                    QueueAttributeName.REDRIVE_POLICY, redrivePolicy(deadLettersArn, maxReceives))))
                    .queueUrl();
            return new SqsQueuePair(queue, deadLetters);
        } catch (SdkException failed) {
            throw AwsFailures.unavailable("SQS CreateQueue " + name, failed);
        }
    }

    /** The policy's JSON; an ARN holds no character that needs escaping in a JSON string. */
    static String redrivePolicy(String deadLetterArn, int maxReceives) {
        return "{\"deadLetterTargetArn\":\"" + deadLetterArn + "\",\"maxReceiveCount\":\"" + maxReceives + "\"}";
    }
}

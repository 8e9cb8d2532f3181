package dev.roster.adapters.lambda.queue;

import dev.roster.adapters.lambda.aws.AwsClientSettings;
import dev.roster.adapters.lambda.aws.AwsClients;
import java.net.URI;
import java.util.UUID;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * An ElasticMQ SQS server on a free loopback port for one test class, with a client for it. Register it on an
 * instance field of a {@code PER_CLASS} test.
 */
final class ElasticMqServer implements BeforeAllCallback, AfterAllCallback {

    private SQSRestServer server;
    private SqsClient sqs;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = SQSRestServerBuilder.withPort(0).withInterface("127.0.0.1").start();
        int port = server.waitUntilStarted().localAddress().getPort();
        // ElasticMQ accepts any keys; the SDK still signs, so it needs some
        sqs = AwsClients.sqs(AwsClientSettings.endpoint(URI.create("http://127.0.0.1:" + port), Region.US_EAST_1,
                "x", "x"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sqs.close();
        server.stopAndWait();
    }

    SqsClient sqs() {
        return sqs;
    }

    /** A queue and its dead-letter queue of their own, so a test sees nothing another left behind. */
    SqsQueuePair newQueues(int maxReceives) {
        return SqsQueues.create(sqs, "jobs-" + UUID.randomUUID(), maxReceives);
    }
}

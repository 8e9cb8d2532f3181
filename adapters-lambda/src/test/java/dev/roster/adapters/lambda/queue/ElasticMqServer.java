package dev.roster.adapters.lambda.queue;

import dev.roster.adapters.lambda.aws.AwsClientSettings;
import java.net.URI;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.regions.Region;

/** An ElasticMQ SQS server on a free loopback port, in this JVM. */
final class ElasticMqServer implements AutoCloseable {

    private final SQSRestServer server;
    private final AwsClientSettings settings;

    ElasticMqServer() {
        server = SQSRestServerBuilder.withPort(0).withInterface("127.0.0.1").start();
        int port = server.waitUntilStarted().localAddress().getPort();
        // ElasticMQ accepts any keys; the SDK still signs, so it needs some
        settings = AwsClientSettings.endpoint(URI.create("http://127.0.0.1:" + port), Region.US_EAST_1, "x", "x");
    }

    AwsClientSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}

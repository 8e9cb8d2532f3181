package dev.roster.bootstrap.lambda;

import dev.roster.adapters.dynamodb.DynamoClients;
import dev.roster.adapters.dynamodb.MissingTables;
import dev.roster.adapters.lambda.aws.AwsClientSettings;
import dev.roster.adapters.lambda.aws.AwsClients;
import dev.roster.adapters.lambda.queue.SqsQueuePair;
import dev.roster.adapters.lambda.queue.SqsQueues;
import dev.roster.dynamodb.testserver.DynamoDbTestServer;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What AWS gives the Lambda functions, on this machine: Roster's DynamoDB test server, S3Proxy and ElasticMQ, each on
 * a free loopback port, with the deployment's tables, bucket and queue created, and the environment the functions would be given.
 */
final class LambdaEmulators implements AutoCloseable {

    static final int MAX_RECEIVES = 3;
    private static final String BUCKET = "roster-test-files";
    private static final String KEY = "roster-test";
    private static final String SECRET = "roster-test-secret";

    private final DynamoDbTestServer dynamo;
    private final S3Proxy s3;
    private final SQSRestServer sqs;
    private final URI dynamoEndpoint;
    private final DynamoDbClient dynamoClient;
    private final AwsClientSettings s3Settings;
    private final AwsClientSettings sqsSettings;
    private final SqsClient sqsClient;
    private final SqsQueuePair queues;

    LambdaEmulators() throws Exception {
        dynamo = DynamoDbTestServer.builder().start();
        dynamoEndpoint = dynamo.endpoint();
        dynamoClient = DynamoClients.local(dynamoEndpoint);
        MissingTables.create(dynamoClient, "test-");

        s3 = S3Proxy.builder()
                .blobStore(BlobStores.create("transient", new Properties()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, KEY, SECRET)
                .stopTimeout(0)
                .build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.sleep(10);
        }
        s3Settings = AwsClientSettings.endpoint(
                URI.create("http://127.0.0.1:" + s3.getPort()), Region.US_EAST_1, KEY, SECRET);
        try (S3Client client = AwsClients.s3(s3Settings)) {
            client.createBucket(request -> request.bucket(BUCKET));
        }

        sqs = SQSRestServerBuilder.withPort(0).withInterface("127.0.0.1").start();
        int sqsPort = sqs.waitUntilStarted().localAddress().getPort();
        sqsSettings = AwsClientSettings.endpoint(URI.create("http://127.0.0.1:" + sqsPort), Region.US_EAST_1, "x", "x");
        sqsClient = AwsClients.sqs(sqsSettings);
        queues = SqsQueues.create(sqsClient, "roster-test-jobs", MAX_RECEIVES);
    }

    /** The environment Terraform gives the functions, pointing at these emulators. */
    Map<String, String> environment(Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "AWS_REGION",
                "us-east-1",
                "ROSTER_DYNAMODB_TABLE_PREFIX",
                "test-",
                "ROSTER_FILES_BUCKET",
                BUCKET,
                "ROSTER_JOBS_QUEUE_URL",
                queues.queueUrl(),
                "ROSTER_ALLOWED_CIDRS",
                "203.0.113.0/24",
                "ROSTER_JOBS_MAX_RECEIVES",
                Integer.toString(MAX_RECEIVES)));
        environment.putAll(more);
        return environment;
    }

    LambdaWiring wiring(LambdaSettings settings) {
        return wiring(settings, () -> dynamoClient);
    }

    /** The same deployment over the DynamoDB client {@code dynamo} builds. */
    LambdaWiring wiring(LambdaSettings settings, Supplier<DynamoDbClient> dynamo) {
        return LambdaWiring.of(settings, dynamo, s3Settings, sqsSettings);
    }

    /** A client of its own to the same DynamoDB, which tells {@code recorder} of every call it makes. */
    DynamoDbClient dynamoClient(ExecutionInterceptor recorder) {
        return DynamoDbClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(dynamoEndpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(configuration -> configuration.addExecutionInterceptor(recorder))
                .build();
    }

    SqsClient sqs() {
        return sqsClient;
    }

    String queueUrl() {
        return queues.queueUrl();
    }

    @Override
    public void close() throws Exception {
        sqsClient.close();
        sqs.stopAndWait();
        s3.stop();
        dynamoClient.close();
        dynamo.close();
    }
}

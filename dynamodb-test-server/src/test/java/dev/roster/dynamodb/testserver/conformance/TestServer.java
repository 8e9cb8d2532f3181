package dev.roster.dynamodb.testserver.conformance;

import dev.roster.dynamodb.testserver.DynamoDbTestServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The server of this test JVM and a real SDK client for it, with helpers to make tables. */
final class TestServer {

    private final DynamoDbTestServer server;
    private final DynamoDbClient client;

    private TestServer() {
        server = DynamoDbTestServer.builder().start();
        client = client(server.endpoint(), 1);
    }

    /** The one server of this JVM, started on first use (a holder class: no mutable static state). */
    static TestServer shared() {
        return Holder.STARTED;
    }

    DynamoDbTestServer server() {
        return server;
    }

    DynamoDbClient client() {
        return client;
    }

    /** A client that tries each call {@code attempts} times, the SDK's standard backoff in between. */
    static DynamoDbClient client(URI endpoint, int attempts) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(RetryMode.STANDARD)
                        .retryStrategy(builder -> builder.maxAttempts(attempts))
                        .apiCallTimeout(Duration.ofSeconds(30))
                        .build())
                .build();
    }

    /** A new on-demand table keyed by {@code pk} (a string) and, if given, {@code sk} of {@code sortType}. */
    String table(ScalarAttributeType sortType) {
        String name = "t-" + UUID.randomUUID();
        List<KeySchemaElement> keys = sortType == null
                ? List.of(key("pk", KeyType.HASH))
                : List.of(key("pk", KeyType.HASH), key("sk", KeyType.RANGE));
        List<AttributeDefinition> attributes = sortType == null
                ? List.of(attribute("pk", ScalarAttributeType.S))
                : List.of(attribute("pk", ScalarAttributeType.S), attribute("sk", sortType));
        client.createTable(request -> request.tableName(name)
                .keySchema(keys)
                .attributeDefinitions(attributes)
                .billingMode(BillingMode.PAY_PER_REQUEST));
        return name;
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(type)
                .build();
    }

    private static final class Holder {
        static final TestServer STARTED = new TestServer();
    }
}

package dev.roster.adapters.dynamodb;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.warmup.http.CannedResponseHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB client the store runs on, once per process: explicit region, the URL-connection HTTP client (no
 * Apache or Netty to load), the SDK's standard retry strategy
 * (exponential backoff with jitter; throttling and 5xx are retried).
 */
public final class DynamoClients {

    /** Attempts per call, the first included: throttling on a hot key usually clears within a few backoffs. */
    public static final int MAX_ATTEMPTS = 6;

    private DynamoClients() {}

    /**
     * The client for {@code region} with the SDK's default credentials: under SnapStart, Lambda hands credentials out
     * from a container endpoint rather than environment variables, so an environment-only provider would find none.
     */
    public static DynamoDbClient create(Region region) {
        return builder(region, DefaultCredentialsProvider.builder().build()).build();
    }

    /** A client for Roster's DynamoDB test server (or any endpoint that ignores credentials) at {@code endpoint}. */
    public static DynamoDbClient local(URI endpoint) {
        return create(
                Region.US_EAST_1,
                endpoint,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    }

    /** The same, with {@code watcher} seeing each request: how a test counts what the store asked. */
    static DynamoDbClient local(URI endpoint, ExecutionInterceptor watcher) {
        return watched(
                        builder(
                                Region.US_EAST_1,
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))),
                        watcher)
                .endpointOverride(endpoint)
                .build();
    }

    /** A client for {@code endpoint} (or the region's own, when {@code null}) with the given credentials. */
    public static DynamoDbClient create(Region region, URI endpoint, AwsCredentialsProvider credentials) {
        DynamoDbClientBuilder builder = builder(region, credentials);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /**
     * A client that reaches no network: the SDK's canned-response HTTP client answers every request with an empty
     * document ({@code {}}: no item, no items). For warming the SDK's request path up ({@link DynamoStorage#warmUp}).
     */
    static DynamoDbClient canned() {
        return canned(null);
    }

    /** The same, with {@code watcher} seeing each request (null for none): how a test sees what the warm-up asked. */
    static DynamoDbClient canned(ExecutionInterceptor watcher) {
        DynamoDbClientBuilder builder = configured(
                        Region.US_EAST_1, StaticCredentialsProvider.create(AwsBasicCredentials.create("warm", "up")))
                .httpClient(CannedResponseHttpClient.builder()
                        .statusCode(200)
                        .responseBody("{}".getBytes(StandardCharsets.UTF_8))
                        .build())
                .endpointOverride(URI.create("http://localhost"));
        return (watcher == null ? builder : watched(builder, watcher)).build();
    }

    /**
     * {@code builder} with {@code watcher} added to its configuration. Not {@code overrideConfiguration(consumer)}: that
     * starts from an empty configuration and would drop the retry strategy and the call timeout.
     */
    private static DynamoDbClientBuilder watched(DynamoDbClientBuilder builder, ExecutionInterceptor watcher) {
        return builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .addExecutionInterceptor(watcher)
                .build());
    }

    private static DynamoDbClientBuilder builder(Region region, AwsCredentialsProvider credentials) {
        return configured(region, credentials)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10))
                        .build());
    }

    private static DynamoDbClientBuilder configured(Region region, AwsCredentialsProvider credentials) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentials, "credentials");
        return DynamoDbClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(MAX_ATTEMPTS)
                                .build())
                        .apiCallTimeout(Duration.ofSeconds(30))
                        .build());
    }
}

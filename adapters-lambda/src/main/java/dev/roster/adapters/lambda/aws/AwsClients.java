package dev.roster.adapters.lambda.aws;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the S3 and SQS clients from {@link AwsClientSettings}: the JDK's URL connection as HTTP client (no
 * Apache or Netty to load at cold start), explicit region and credentials. Build each once and share it: clients
 * are thread-safe and hold the connection pool.
 */
public final class AwsClients {

    private AwsClients() {}

    /**
     * An S3 client. With an endpoint override it uses path-style addressing ({@code host/bucket/key}), which
     * S3-compatible servers need; on AWS it keeps virtual-hosted style. Checksums are only computed where S3
     * requires them, so an upload streams once and never needs a second pass over the body.
     */
    public static S3Client s3(AwsClientSettings settings) {
        return configure(S3Client.builder(), settings)
                .serviceConfiguration(s3Configuration(settings))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    /** Signs S3 URLs locally (no request is sent), addressed the way {@link #s3} addresses objects. */
    public static S3Presigner s3Presigner(AwsClientSettings settings) {
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(settings.region())
                .credentialsProvider(settings.credentials())
                .serviceConfiguration(s3Configuration(settings));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public static SqsClient sqs(AwsClientSettings settings) {
        return configure(SqsClient.builder(), settings).build();
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder, AwsClientSettings settings) {
        builder.region(settings.region())
                .credentialsProvider(settings.credentials())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        // explicit, so the retry mode is not looked up in the environment and profile files
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(settings.maxAttempts())
                                .build())
                        .build());
        // a builder, not a built client: the SDK then owns the HTTP client and closes it with the service client
        builder.httpClientBuilder(UrlConnectionHttpClient.builder()
                .connectionTimeout(settings.connectTimeout())
                .socketTimeout(settings.readTimeout()));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    private static S3Configuration s3Configuration(AwsClientSettings settings) {
        return S3Configuration.builder()
                .pathStyleAccessEnabled(settings.endpoint().isPresent())
                .build();
    }
}

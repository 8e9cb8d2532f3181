package dev.roster.adapters.lambda.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * How the S3 and SQS clients reach AWS: region, credentials, an optional endpoint (S3Proxy, ElasticMQ, a VPC
 * endpoint), timeouts and attempts. Everything is explicit so that building a client looks nothing up at start-up.
 *
 * @param endpoint       where to send requests instead of the region's public endpoint
 * @param connectTimeout how long to wait for a TCP connection before the attempt fails
 * @param readTimeout    how long a response may stay silent; must exceed the SQS long-poll wait
 * @param maxAttempts    attempts per call, the first included (the SDK's standard retry strategy, with backoff)
 */
public record AwsClientSettings(
        Region region,
        Optional<URI> endpoint,
        AwsCredentialsProvider credentials,
        Duration connectTimeout,
        Duration readTimeout,
        int maxAttempts) {

    /** Short enough that a missing endpoint is reported in seconds, long enough for a cross-AZ handshake. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Longer than SQS's longest long poll (20 s), so a quiet queue is never mistaken for a dead one. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    public AwsClientSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(credentials, "credentials");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        endpoint.ifPresent(AwsClientSettings::requireHttpEndpoint);
    }

    /**
     * AWS itself, with the SDK's default credential chain: on Lambda it finds what the runtime provides, the
     * environment variables or, under SnapStart, the container credentials endpoint that keeps them fresh after a
     * restore (which a provider of environment variables alone would miss).
     */
    public static AwsClientSettings aws(Region region) {
        return new AwsClientSettings(
                region,
                Optional.empty(),
                DefaultCredentialsProvider.builder().build(),
                DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_READ_TIMEOUT,
                DEFAULT_MAX_ATTEMPTS);
    }

    /** An S3- or SQS-compatible server at {@code endpoint} (S3Proxy, ElasticMQ) with fixed keys. */
    public static AwsClientSettings endpoint(URI endpoint, Region region, String accessKeyId, String secretKey) {
        return new AwsClientSettings(
                region,
                Optional.of(endpoint),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretKey)),
                DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_READ_TIMEOUT,
                DEFAULT_MAX_ATTEMPTS);
    }

    public AwsClientSettings withTimeouts(Duration connect, Duration read) {
        return new AwsClientSettings(region, endpoint, credentials, connect, read, maxAttempts);
    }

    public AwsClientSettings withMaxAttempts(int attempts) {
        return new AwsClientSettings(region, endpoint, credentials, connectTimeout, readTimeout, attempts);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }

    private static void requireHttpEndpoint(URI endpoint) {
        String scheme = endpoint.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) endpoint: " + endpoint);
        }
    }
}

package dev.roster.adapters.lambda.files;

import dev.roster.adapters.lambda.aws.AwsClientSettings;
import dev.roster.adapters.lambda.aws.AwsClients;
import java.net.URI;
import java.util.Properties;
import java.util.UUID;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * An S3Proxy on a free loopback port for one test class, keeping objects in memory and checking SigV4 signatures
 * like S3, with a client and a presigner for it. Register it on an instance field of a {@code PER_CLASS} test.
 */
final class S3ProxyServer implements BeforeAllCallback, AfterAllCallback {

    private static final String ACCESS_KEY = "roster-test";
    private static final String SECRET_KEY = "roster-test-secret";

    private S3Proxy proxy;
    private AwsClientSettings settings;
    private S3Client s3;
    private S3Presigner presigner;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        proxy = S3Proxy.builder()
                .blobStore(BlobStores.create("transient", new Properties()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .stopTimeout(0)
                .build();
        proxy.start();
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
            }
            Thread.sleep(10);
        }
        settings = settingsFor(URI.create("http://127.0.0.1:" + proxy.getPort()));
        s3 = AwsClients.s3(settings);
        presigner = AwsClients.s3Presigner(settings);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        presigner.close();
        s3.close();
        proxy.stop();
    }

    /** Settings for clients that reach this server through {@code endpoint}, such as a relay. */
    static AwsClientSettings settingsFor(URI endpoint) {
        return AwsClientSettings.endpoint(endpoint, Region.US_EAST_1, ACCESS_KEY, SECRET_KEY);
    }

    AwsClientSettings settings() {
        return settings;
    }

    S3Client s3() {
        return s3;
    }

    S3Presigner presigner() {
        return presigner;
    }

    int port() {
        return proxy.getPort();
    }

    /** A bucket of its own, so a test sees nothing another left behind. */
    String newBucket() {
        String bucket =
                "roster-" + UUID.randomUUID().toString().substring(0, 13).replace("-", "");
        s3.createBucket(create -> create.bucket(bucket));
        return bucket;
    }

    /** A store in a new bucket, its keys under {@code prefix}. */
    S3FileStore newStore(String prefix) {
        return new S3FileStore(s3, presigner, new S3Location(newBucket(), prefix));
    }
}

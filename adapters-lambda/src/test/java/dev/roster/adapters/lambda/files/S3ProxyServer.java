package dev.roster.adapters.lambda.files;

import dev.roster.adapters.lambda.aws.AwsClientSettings;
import dev.roster.adapters.lambda.aws.AwsClients;
import java.net.URI;
import java.util.Properties;
import java.util.UUID;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** An S3Proxy on a free loopback port, keeping objects in memory and checking SigV4 signatures like S3. */
final class S3ProxyServer implements AutoCloseable {

    static final String ACCESS_KEY = "roster-test";
    static final String SECRET_KEY = "roster-test-secret";

    private final S3Proxy proxy;
    private final AwsClientSettings settings;

    S3ProxyServer() throws Exception {
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
    }

    /** Settings for clients of this server. */
    AwsClientSettings settings() {
        return settings;
    }

    /** Settings for clients that reach this server through {@code endpoint}, such as a relay. */
    static AwsClientSettings settingsFor(URI endpoint) {
        return AwsClientSettings.endpoint(endpoint, Region.US_EAST_1, ACCESS_KEY, SECRET_KEY);
    }

    int port() {
        return proxy.getPort();
    }

    /** A bucket of its own, so a test sees nothing another left behind. */
    String newBucket(S3Client s3) {
        String bucket = "roster-" + UUID.randomUUID().toString().substring(0, 13).replace("-", "");
        s3.createBucket(create -> create.bucket(bucket));
        return bucket;
    }

    S3Client client() {
        return AwsClients.s3(settings);
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}

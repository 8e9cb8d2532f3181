package dev.roster.bench.dynamodb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Roster's DynamoDB test server in a JVM of its own, as DynamoDB is a service of its own: its 100,000 accounts then
 * weigh on its heap and garbage collector, not on the store's whose latency the harness measures.
 */
final class ServerProcess implements AutoCloseable {

    private static final String MAIN = "dev.roster.dynamodb.testserver.Main";

    private final Process process;
    private final URI endpoint;

    ServerProcess(String heap) throws IOException {
        process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + heap,
                        "-cp",
                        System.getProperty("java.class.path"),
                        MAIN,
                        "--port",
                        "0"))
                .redirectErrorStream(true)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("Roster DynamoDB test server on ")) {
            process.destroyForcibly();
            throw new IOException("the DynamoDB test server did not start: " + line);
        }
        endpoint = URI.create(line.split(" ")[5]);
    }

    URI endpoint() {
        return endpoint;
    }

    /** A client of this server, every request's consumed capacity added up by {@code meter}; close it when done. */
    DynamoDbClient client(CapacityMeter meter) {
        return DynamoDbClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(config -> config.addExecutionInterceptor(meter))
                .build();
    }

    @Override
    public void close() {
        process.destroy();
    }
}

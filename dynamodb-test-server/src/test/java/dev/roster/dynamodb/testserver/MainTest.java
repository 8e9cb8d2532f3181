package dev.roster.dynamodb.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The server on its own, as {@code java -jar dynamodb-test-server.jar --port N} runs it, in a process of its own. */
class MainTest {

    private static Process start(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void servesOnThePortItIsGivenUntilStopped() throws Exception {
        Process server = start("--port", "0");
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).startsWith("Roster DynamoDB test server on http://127.0.0.1:");
            URI endpoint = URI.create(line.split(" ")[5]);
            try (DynamoDbClient client = DynamoDbClient.builder()
                    .endpointOverride(endpoint)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                    .httpClient(UrlConnectionHttpClient.create())
                    .build()) {
                assertThat(client.listTables().tableNames()).isEmpty();
            }
        } finally {
            server.destroy();
        }
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }

    @Test
    void aBadOptionIsNamedAndExitsWithTwo() throws Exception {
        Process server = start("--port", "eighty");
        assertThat(server.waitFor(Duration.ofSeconds(10).toSeconds(), TimeUnit.SECONDS))
                .isTrue();

        assertThat(server.exitValue()).isEqualTo(2);
        assertThat(new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                .isEqualTo("dynamodb-test-server: --port takes a number, not eighty");
    }
}

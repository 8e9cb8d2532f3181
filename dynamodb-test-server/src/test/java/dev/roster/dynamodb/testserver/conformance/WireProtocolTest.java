package dev.roster.dynamodb.testserver.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** DynamoDB's low-level protocol, seen without the SDK: JSON 1.0 over HTTP, the target header, error bodies. */
class WireProtocolTest extends Conformance {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String target, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @AwsDoc(Docs.LOW_LEVEL_API)
    void anOperationAnswersJsonWithItsChecksum() throws Exception {
        HttpResponse<String> response = post("DynamoDB_20120810.ListTables", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
        assertThat(response.body()).startsWith("{\"TableNames\":[");
        CRC32 crc = new CRC32();
        crc.update(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(response.headers().firstValue("x-amz-crc32")).hasValue(Long.toString(crc.getValue()));
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    }

    @Test
    @AwsDoc(Docs.LOW_LEVEL_API)
    void anOperationItDoesNotServeIsAnUnknownOperation() throws Exception {
        for (String target : new String[] {
            "DynamoDB_20120810.ExecuteStatement", "DynamoDB_20120810.UpdateTable", "Other.ListTables", null
        }) {
            HttpResponse<String> response = post(target, "{}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body())
                    .isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}");
        }
    }

    @Test
    @AwsDoc(Docs.ERRORS)
    void anErrorIsATypeAndAMessage() throws Exception {
        HttpResponse<String> response = post("DynamoDB_20120810.DescribeTable", "{\"TableName\":\"absent\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
                        + "\"message\":\"Requested resource not found: Table: absent not found\"}");
    }

    @Test
    @AwsDoc(Docs.LOW_LEVEL_API)
    void aBodyThatIsNotJsonIsASerializationErrorAndTheServerGoesOn() throws Exception {
        HttpResponse<String> malformed = post("DynamoDB_20120810.ListTables", "{\"Limit\": ");
        HttpResponse<String> wrongType = post("DynamoDB_20120810.ListTables", "{\"Limit\": \"ten\"}");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("com.amazon.coral.service#SerializationException");
        assertThat(wrongType.body()).contains("com.amazon.coral.service#SerializationException");
        assertThat(post("DynamoDB_20120810.ListTables", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    @AwsDoc(Docs.LOW_LEVEL_API)
    void aGetOfTheRootAnswersAsAHealthCheck() throws Exception {
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("healthy");
    }
}

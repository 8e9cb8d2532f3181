package dev.roster.dynamodb.testserver.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.operation.Operation;
import dev.roster.dynamodb.testserver.operation.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * DynamoDB's wire protocol: a POST of JSON 1.0 ({@code application/x-amz-json-1.0}) naming its operation in
 * {@code X-Amz-Target: DynamoDB_20120810.<Operation>}, answered with JSON, an {@code x-amz-crc32} checksum of the body
 * (the SDK verifies it) and a request id; errors as {@code {"__type": ..., "message": ...}}. Signatures are not
 * checked. A GET of {@code /} answers a health line, as DynamoDB's endpoints do.
 */
public final class DynamoDbHandler implements HttpHandler {

    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    /** Larger than any request DynamoDB takes (a 16 MB batch and its JSON framing). */
    private static final int MAX_BODY_BYTES = 20 * 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();
    private final Operations operations;
    private final FaultSource faults;

    /** Where the handler asks for the faults a test planned. */
    public interface FaultSource {
        Duration latency(Operation operation);

        /** The error to answer this request with instead of serving it, or {@code null}. */
        DynamoDbException take(Operation operation);

        boolean takeUnprocessed(Operation operation);
    }

    public DynamoDbHandler(Operations operations, FaultSource faults) {
        this.operations = operations;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("GET")) {
                send(
                        exchange,
                        200,
                        "text/plain",
                        "healthy: roster dynamodb test server".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body;
            try {
                body = serve(exchange);
            } catch (DynamoDbException refused) {
                send(exchange, refused.status(), CONTENT_TYPE, error(refused));
                return;
            } catch (RuntimeException bug) {
                // A defect of this server; the client sees DynamoDB's 500, the test log the cause.
                bug.printStackTrace();
                send(
                        exchange,
                        500,
                        CONTENT_TYPE,
                        error(DynamoDbException.dynamo(500, "InternalServerError", "Internal server error: " + bug)));
                return;
            }
            send(exchange, 200, CONTENT_TYPE, body);
        }
    }

    private byte[] serve(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        Operation operation = target == null || !target.startsWith(TARGET_PREFIX)
                ? null
                : Operation.named(target.substring(TARGET_PREFIX.length()));
        byte[] request = read(exchange.getRequestBody());
        if (operation == null) {
            throw DynamoDbException.unknownOperation();
        }
        pause(faults.latency(operation));
        DynamoDbException fault = faults.take(operation);
        JsonNode parsed;
        try {
            parsed = json.readTree(request);
        } catch (JsonProcessingException malformed) {
            throw DynamoDbException.serialization("Start of structure or map found where not expected");
        }
        if (parsed == null || !parsed.isObject()) {
            throw DynamoDbException.serialization("Start of structure or map found where not expected");
        }
        if (fault != null) {
            throw fault.code().equals("TransactionCanceledException") ? conflict(fault, parsed) : fault;
        }
        boolean unprocessed = (operation == Operation.BatchGetItem || operation == Operation.BatchWriteItem)
                && faults.takeUnprocessed(operation);
        return json.writeValueAsBytes(operations.run(operation, parsed, unprocessed));
    }

    /** A cancellation with the reason {@code TransactionConflict} for every action of the transaction asked for. */
    private DynamoDbException conflict(DynamoDbException fault, JsonNode request) {
        ArrayNode reasons = json.createArrayNode();
        List<String> codes = new ArrayList<>();
        JsonNode actions = request.path("TransactItems");
        for (int i = 0; i < Math.max(1, actions.size()); i++) {
            reasons.addObject().put("Code", "TransactionConflict").put("Message", fault.getMessage());
            codes.add("TransactionConflict");
        }
        return new DynamoDbException(
                fault.status(),
                fault.type(),
                "Transaction cancelled, please refer cancellation " + "reasons for specific reasons " + codes,
                Map.of("CancellationReasons", reasons));
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw DynamoDbException.validation("Request size exceeded " + MAX_BODY_BYTES + " bytes");
        }
        return body;
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] error(DynamoDbException refused) throws JsonProcessingException {
        ObjectNode body = json.createObjectNode().put("__type", refused.type());
        if (refused.getMessage() != null) {
            body.put("message", refused.getMessage());
        }
        refused.fields().forEach((name, value) -> body.set(name, (JsonNode) value));
        return json.writeValueAsBytes(body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(crc.getValue()));
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

package dev.roster.adapters.dynamodb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP front for DynamoDB Local that answers the next {@code n} requests itself with an error DynamoDB sends
 * (throttling, a 500), then forwards everything else: how a test sees the client's retries from outside.
 */
final class FaultyProxy implements AutoCloseable {

    /** An error DynamoDB answers with: status, and the {@code __type} of its JSON body. */
    record Fault(int status, String type) {
        static final Fault THROTTLED = new Fault(400, "com.amazonaws.dynamodb.v20120810#ThrottlingException");
        static final Fault SERVER_ERROR = new Fault(500, "com.amazonaws.dynamodb.v20120810#InternalServerError");
    }

    private static final List<String> FORWARDED = List.of("Content-Type", "X-Amz-Target", "Authorization",
            "X-Amz-Date", "amz-sdk-invocation-id", "amz-sdk-request");

    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI target;
    private final AtomicInteger faultsLeft = new AtomicInteger();
    private final AtomicInteger faultsSent = new AtomicInteger();
    private volatile Fault fault = Fault.THROTTLED;

    FaultyProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next {@code count} requests get {@code answer} instead of reaching DynamoDB. */
    void failNext(int count, Fault answer) {
        this.fault = answer;
        faultsLeft.set(count);
    }

    int faultsSent() {
        return faultsSent.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        try (exchange) {
            if (faultsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                faultsSent.incrementAndGet();
                Fault answer = fault;
                respond(exchange, answer.status(), ("{\"__type\":\"" + answer.type() + "\",\"message\":\"injected\"}")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : FORWARDED) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    forward.header(header, value);
                }
            }
            HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            respond(exchange, answer.statusCode(), answer.body());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.roster.bench.testserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;

/**
 * The baseline: the JDK's HTTP server on the same settings as the test server, answering each operation with a
 * canned body and the same headers, doing nothing else. What the test server takes beyond it is its own work.
 */
final class NoOpServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "no-op-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, byte[]> answers;

    /** @param answers the body to answer per operation ({@code GetItem}, ...) */
    NoOpServer(Map<String, String> answers) throws IOException {
        this.answers = Map.copyOf(answers.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().getBytes(StandardCharsets.UTF_8))));
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.setExecutor(workers);
        http.createContext("/", this::answer);
        http.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            byte[] body = answers.getOrDefault(target.substring(target.indexOf('.') + 1), new byte[] {'{', '}'});
            CRC32 crc = new CRC32();
            crc.update(body);
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
            exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(crc.getValue()));
            exchange.getResponseHeaders().set("x-amzn-RequestId", "no-op");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
    }
}

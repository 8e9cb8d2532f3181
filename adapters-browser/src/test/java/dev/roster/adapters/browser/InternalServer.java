package dev.roster.adapters.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an attacker aims collection at: a server on loopback, as an internal service or a metadata endpoint would be,
 * answering every request with a secret that must never show anywhere. It counts what reaches it.
 */
public final class InternalServer implements AutoCloseable {

    private final HttpServer server;
    private final String secret = "internal-secret-" + UUID.randomUUID();
    private final AtomicInteger requests = new AtomicInteger();

    private InternalServer(InetAddress address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 50);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<html><body><span class=\"followers\">999</span><div id=\"stats\">Today 9 visitors</div>"
                            + "<p>" + secret + "</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Started on 127.0.0.1 at a free port. */
    public static InternalServer start() throws IOException {
        return new InternalServer(InetAddress.getByName("127.0.0.1"));
    }

    /** Started on another loopback address, such as 127.0.0.2, at a free port. */
    public static InternalServer startOn(String address) throws IOException {
        return new InternalServer(InetAddress.getByName(address));
    }

    public String secret() {
        return secret;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A URL of the server, at {@code host} (which must reach it: 127.0.0.1, localhost, [::ffff:127.0.0.1]...). */
    public URI url(String host) {
        return URI.create("http://" + host + ":" + port() + "/internal/admin");
    }

    public URI url() {
        return url(server.getAddress().getAddress().getHostAddress());
    }

    /** How many requests reached it. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

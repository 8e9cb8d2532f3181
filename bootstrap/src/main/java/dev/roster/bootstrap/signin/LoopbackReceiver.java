package dev.roster.bootstrap.signin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.roster.bootstrap.config.ConfigurationException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where the browser comes back after signing in: {@code http://localhost:<port>/callback}, served on this machine's
 * loopback only, for one answer. Cognito matches a callback URL exactly, port included, and takes plain http only for
 * {@code localhost}, so the port is one of a few the app client lists rather than any free one.
 */
public final class LoopbackReceiver implements AutoCloseable {

    /** The ports tried in turn; Terraform registers {@code http://localhost:<port>/callback} for each. */
    public static final List<Integer> DEFAULT_PORTS = List.of(43821, 43822, 43823);

    static final String PATH = "/callback";

    private final List<HttpServer> servers;
    private final int port;
    private final CompletableFuture<URI> answer = new CompletableFuture<>();

    private LoopbackReceiver(List<HttpServer> servers, int port) {
        this.servers = servers;
        this.port = port;
    }

    /**
     * Listens on the first of {@code ports} free on this machine's loopback (IPv4, and IPv6 where there is one: a
     * browser may try {@code localhost} as either).
     *
     * @throws ConfigurationException naming {@code --callback-port} when none is free
     */
    public static LoopbackReceiver listen(List<Integer> ports) {
        List<String> taken = new ArrayList<>();
        for (int port : ports) {
            HttpServer v4;
            try {
                v4 = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4);
            } catch (BindException inUse) {
                taken.add(String.valueOf(port));
                continue;
            } catch (IOException failed) {
                throw new UncheckedIOException(
                        "could not listen on 127.0.0.1:" + port + ": " + failed.getMessage(), failed);
            }
            List<HttpServer> servers = new ArrayList<>(List.of(v4));
            try {
                servers.add(HttpServer.create(new InetSocketAddress(InetAddress.getByName("::1"), port), 4));
            } catch (IOException noIpv6) {
                // IPv4 alone: browsers fall back to 127.0.0.1 for localhost; the code is useless without our verifier.
            }
            LoopbackReceiver receiver = new LoopbackReceiver(servers, port);
            for (HttpServer server : servers) {
                server.createContext("/", receiver::handle);
                server.start();
            }
            return receiver;
        }
        throw new ConfigurationException(
                "--callback-port",
                (taken.size() == 1 ? "port " + taken.get(0) + " is" : "ports " + String.join(", ", taken) + " are")
                        + " in use on 127.0.0.1 by another program: close it, or choose another port "
                        + "whose http://localhost:<port>/callback the app client lists");
    }

    /** What the authorization request names as its {@code redirect_uri}. */
    public URI redirectUri() {
        return URI.create("http://localhost:" + port + PATH);
    }

    /** The address the browser came back to, with its query ({@code code}, {@code state} or {@code error}). */
    public URI await(Duration patience) throws TimeoutException, InterruptedException {
        try {
            return answer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible.getCause());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            URI asked = exchange.getRequestURI();
            if (!"GET".equals(exchange.getRequestMethod()) || !PATH.equals(asked.getPath())) {
                reply(exchange, 404, "Not found.");
                return;
            }
            URI callback = redirectUri()
                    .resolve(asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery()));
            String query = asked.getRawQuery() == null ? "" : asked.getRawQuery();
            // The page is sent before the answer is handed on: the login closes this server as soon as it has it.
            if (answer.isDone()) {
                reply(exchange, 409, "Roster already had an answer for this sign-in. Return to the terminal.");
                return;
            }
            reply(
                    exchange,
                    200,
                    query.contains("error=")
                            ? "Roster was not signed in. Return to the terminal to see why."
                            : "Roster received the sign-in. You can close this tab and return to the terminal.");
            answer.complete(callback);
        } finally {
            exchange.close();
        }
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] page = ("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Roster</title><p>" + text
                        + "</p></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, page.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(page);
        }
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(1));
    }
}

package dev.roster.bootstrap.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import dev.roster.adapters.lambda.api.ContentTypes;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What API Gateway does in front of the API function, on a laptop: each HTTP request becomes a payload 2.0 event
 * (headers lower-cased and joined with commas, cookies in their own list, binary bodies in base64, the peer as
 * {@code sourceIp}), the real handler answers it, and its response goes back as HTTP. The bearer token is passed
 * through for the route table to check, where AWS would check it in the gateway's JWT authorizer.
 */
public final class LocalApiGateway implements AutoCloseable {

    /** Lambda refuses invocation payloads over 6 MB; the gateway answers 413 as API Gateway does. */
    static final int MAX_REQUEST_BYTES = 6 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService workers;
    private final Duration drain;

    private LocalApiGateway(HttpServer server, ExecutorService workers, Duration drain) {
        this.server = server;
        this.workers = workers;
        this.drain = drain;
    }

    public static LocalApiGateway start(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function,
            String host, int port, Duration drain) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
            ExecutorService workers = Executors.newFixedThreadPool(16);
            Clock clock = Clock.systemUTC();
            server.createContext("/", exchange -> forward(function, exchange, clock));
            server.setExecutor(workers);
            server.start();
            return new LocalApiGateway(server, workers, drain);
        } catch (IOException failed) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + failed.getMessage(),
                    failed);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops taking connections and waits up to the drain time for requests in flight. */
    @Override
    public void close() {
        server.stop((int) Math.max(1, drain.toSeconds()));
        workers.shutdown();
    }

    private static void forward(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function,
            HttpExchange exchange, Clock clock) throws IOException {
        try (exchange) {
            // One byte past the limit tells "too large" without reading all of it.
            byte[] body = exchange.getRequestBody().readNBytes(MAX_REQUEST_BYTES + 1);
            if (body.length > MAX_REQUEST_BYTES) {
                send(exchange, 413, Map.of("content-type", "application/json"),
                        "{\"message\":\"Request Entity Too Large\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            APIGatewayV2HTTPResponse response = function.handleRequest(event(exchange, body, clock), null);
            byte[] payload = response.getBody() == null ? new byte[0]
                    : response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                    : response.getBody().getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = response.getHeaders() == null ? Map.of() : response.getHeaders();
            if (response.getCookies() != null) {
                response.getCookies().forEach(cookie -> exchange.getResponseHeaders().add("Set-Cookie", cookie));
            }
            send(exchange, response.getStatusCode(), headers, payload);
        } catch (RuntimeException failed) {
            // The function itself failed: API Gateway answers 500 with this body and nothing else.
            send(exchange, 500, Map.of("content-type", "application/json"),
                    "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static APIGatewayV2HTTPEvent event(HttpExchange exchange, byte[] body, Clock clock) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        List<String> cookies = headers.containsKey("cookie")
                ? Arrays.stream(headers.remove("cookie").split(";\\s*")).filter(cookie -> !cookie.isBlank()).toList()
                : null;
        String sourceIp = exchange.getRemoteAddress().getAddress().getHostAddress();
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        boolean text = ContentTypes.isText(headers.getOrDefault("content-type", ""));
        long now = clock.millis();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(rawPath)
                .withRawQueryString(exchange.getRequestURI().getRawQuery() == null ? ""
                        : exchange.getRequestURI().getRawQuery())
                .withHeaders(headers)
                .withCookies(cookies)
                .withBody(body.length == 0 ? null
                        : text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && !text)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey("$default")
                        .withStage("$default")
                        .withRequestId(UUID.randomUUID().toString())
                        .withTimeEpoch(now)
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(rawPath)
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(sourceIp)
                                .withUserAgent(headers.get("user-agent"))
                                .build())
                        .build())
                .build();
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] payload)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean bodiless = status == 204 || status == 304 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, bodiless ? -1 : payload.length == 0 ? -1 : payload.length);
        if (!bodiless && payload.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(payload);
            }
        }
    }
}

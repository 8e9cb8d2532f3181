package dev.roster.adapters.http.javalin;

import dev.roster.adapters.http.routes.ApiRequest;
import dev.roster.adapters.http.routes.ApiResponse;
import dev.roster.adapters.http.routes.Headers;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.QueryStrings;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Serves an {@link HttpApi} over HTTP with Javalin (Jetty). Javalin does no routing of its own here: every request
 * goes to the route table, so this server and the Lambda handler answer alike. Stopping drains requests in flight.
 */
public final class JavalinServer implements AutoCloseable {

    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Javalin javalin;

    private JavalinServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Starts serving on {@code host}:{@code port} (port 0 picks a free one).
     *
     * @param drainFor how long stopping waits for requests in flight
     */
    public static JavalinServer start(HttpApi api, String host, int port, Duration drainFor) {
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = host;
            config.jetty.port = port;
            // The route table bounds each body by its route; Javalin's own cap would answer in its own format.
            config.http.maxRequestSize = Long.MAX_VALUE;
            config.jetty.modifyServer(server -> server.setStopTimeout(drainFor.toMillis()));
            config.jetty.modifyServletContextHandler(context -> context.insertHandler(new GracefulHandler()));
            for (HandlerType method : METHODS) {
                config.routes.addHttpHandler(method, "/", context -> serve(api, context));
                config.routes.addHttpHandler(method, "/<path>", context -> serve(api, context));
            }
        });
        javalin.start();
        return new JavalinServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    private static void serve(HttpApi api, Context context) throws IOException {
        HttpServletRequest request = context.req();
        String rawPath = request.getRequestURI();
        long limit = api.bodyLimit(request.getMethod(), rawPath);
        ApiRequest apiRequest = new ApiRequest(request.getMethod(), rawPath, QueryStrings.parse(request.getQueryString()),
                headers(request), readAtMost(request.getInputStream(), limit), request.getRemoteAddr(), Map.of());
        ApiResponse response = api.handle(apiRequest);
        context.status(response.status());
        response.headers().forEach(context::header);
        context.result(response.body());
    }

    /** Reads one byte past the limit, so the route table can tell "too large" without anyone reading it all. */
    private static byte[] readAtMost(InputStream body, long limit) throws IOException {
        if (limit <= 0) {
            return new byte[0];
        }
        return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }

    private static Headers headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return Headers.of(headers);
    }
}

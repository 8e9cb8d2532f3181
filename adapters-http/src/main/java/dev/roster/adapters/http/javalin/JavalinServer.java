package dev.roster.adapters.http.javalin;

import dev.roster.adapters.http.routes.Admission;
import dev.roster.adapters.http.routes.ApiResponse;
import dev.roster.adapters.http.routes.Headers;
import dev.roster.adapters.http.routes.HttpService;
import dev.roster.adapters.http.routes.RequestHead;
import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Serves an {@link HttpService} over HTTP with Javalin (Jetty). Javalin does no routing of its own here: every request
 * goes to the service, so this server and the Lambda handler answer alike. The service is a servlet filter in front of
 * Javalin's servlet, which it never passes a request on to: Javalin's router matched every path against a regular
 * expression (and wrapped every response for compression) only to hand the request to the one handler there is.
 * Jetty's gzip handler compresses what Javalin compressed: bodies of 1,500 bytes or more, for a caller that takes gzip. The service decides on the request line and
 * headers first; a request it refuses is answered at once, its body never read, and its connection closed. An admitted
 * body is read under the {@link ConnectionLimits}: a caller that stops sending, or trickles, is cut off. Stopping
 * drains requests in flight.
 */
public final class JavalinServer implements AutoCloseable {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    private static final int MIN_COMPRESSED_BYTES = 1_500;

    private final Javalin javalin;

    private JavalinServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Starts serving on {@code host}:{@code port} (port 0 picks a free one).
     *
     * @param drainFor how long stopping waits for requests in flight
     */
    public static JavalinServer start(
            HttpService service, String host, int port, Duration drainFor, ConnectionLimits limits) {
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = host;
            config.jetty.port = port;
            // The service bounds each body by its route; Javalin's own cap would answer in its own format.
            config.http.maxRequestSize = Long.MAX_VALUE;
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                // Silence while headers or a body are awaited ends the connection (and fails a blocked read).
                connector.setIdleTimeout(limits.idleTimeout().toMillis());
                return connector;
            });
            config.jetty.modifyServer(server -> server.setStopTimeout(drainFor.toMillis()));
            config.jetty.modifyServletContextHandler(context -> {
                context.insertHandler(new GracefulHandler());
                // A body that keeps coming, but too slowly, fails its next read instead of holding a thread.
                context.insertHandler(new MinimumDataRateHandler(limits.minBytesPerSecond(), 0));
                context.insertHandler(gzip());
                context.addFilter(
                        new FilterHolder(new ServiceFilter(service)), "/*", EnumSet.of(DispatcherType.REQUEST));
            });
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

    /** Compresses as Javalin's default did: 1,500 bytes or more, any method; a request body is never inflated. */
    private static GzipHandler gzip() {
        GzipHandler gzip = new GzipHandler();
        gzip.setMinGzipSize(MIN_COMPRESSED_BYTES);
        gzip.setIncludedMethods(METHODS.toArray(String[]::new));
        gzip.setInflateBufferSize(0);
        return gzip;
    }

    /** Every request, whatever its path, answered by the service; nothing reaches the servlet behind it. */
    private record ServiceFilter(HttpService service) implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
            serve(service, (HttpServletRequest) request, (HttpServletResponse) response);
        }
    }

    private static void serve(HttpService service, HttpServletRequest request, HttpServletResponse out)
            throws IOException {
        RequestHead head = new RequestHead(
                request.getMethod(),
                request.getRequestURI(),
                request.getQueryString(),
                headers(request),
                request.getRemoteAddr(),
                Map.of());
        Admission admission = service.admit(head);
        if (admission instanceof Admission.Refused refused) {
            send(out, refused.response(), true);
            return;
        }
        Admission.Admitted admitted = (Admission.Admitted) admission;
        byte[] body;
        try {
            body = readAtMost(request.getInputStream(), admitted.bodyLimit());
        } catch (IOException stalledOrGone) {
            // Jetty's idle timeout or minimum data rate failed the read (or the caller hung up): nothing more to read.
            send(out, admitted.bodyStalled(), true);
            return;
        }
        boolean unread = admitted.bodyLimit() == 0 ? head.announcesBody() : body.length > admitted.bodyLimit();
        send(out, admitted.respond(body), unread);
    }

    /**
     * @param close whether to close the connection after the response: after a refusal, and whenever a body was left
     *              unread, so that the caller cannot make the server read (or skip) it after all
     */
    private static void send(HttpServletResponse out, ApiResponse response, boolean close) throws IOException {
        out.setStatus(response.status());
        response.headers().forEach(out::setHeader);
        if (close) {
            out.setHeader("Connection", "close");
        }
        out.setContentLength(response.body().length);
        out.getOutputStream().write(response.body());
    }

    /** Reads one byte past the limit, so the service can tell "too large" without anyone reading it all. */
    private static byte[] readAtMost(InputStream body, long limit) throws IOException {
        if (limit <= 0) {
            return new byte[0];
        }
        return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }

    private static Headers headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            headers.put(name, values(request.getHeaders(name)));
        }
        return Headers.of(headers);
    }

    /** Most headers come once: a list of one for them, rather than a list grown for each. */
    private static List<String> values(Enumeration<String> values) {
        if (!values.hasMoreElements()) {
            return List.of();
        }
        String first = values.nextElement();
        if (!values.hasMoreElements()) {
            return List.of(first);
        }
        List<String> all = new ArrayList<>(List.of(first));
        while (values.hasMoreElements()) {
            all.add(values.nextElement());
        }
        return all;
    }
}

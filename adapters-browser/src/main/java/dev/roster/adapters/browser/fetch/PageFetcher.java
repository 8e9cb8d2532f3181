package dev.roster.adapters.browser.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one platform's pages, and only what its {@link FetchRules} allow: each URL is checked before it is fetched,
 * each host looked up once and connected to at the addresses checked, redirects followed by hand with each hop
 * checked, bodies read up to {@link FetchLimits#maxBytes()} and the whole exchange cut off at
 * {@link FetchLimits#timeout()}. Built once per platform (it pools connections); close it to let them go.
 */
public final class PageFetcher implements AutoCloseable {

    /** Redirects followed for one page at most; platforms move profiles once or twice, never in long chains. */
    public static final int MAX_REDIRECTS = 5;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** Headers of the hop between two parties that must not be passed on, and those the client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of(
            "host",
            "connection",
            "keep-alive",
            "proxy-authorization",
            "proxy-connection",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "content-length",
            "accept-encoding");

    private final FetchRules rules;
    private final FetchLimits limits;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;

    public PageFetcher(FetchRules rules, FetchLimits limits, String userAgent) {
        this.rules = rules;
        this.limits = limits;
        Timeout timeout = Timeout.of(limits.timeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedDnsResolver(rules))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        .setMaxConnPerRoute(64)
                        .setMaxConnTotal(256)
                        .build())
                // No proxy from system properties, no cookies kept between accounts, nothing retried behind our
                // back, and redirects only as followRedirects() follows them, each hop checked.
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .setUserAgent(userAgent)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout)
                        .build())
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "roster-fetch-deadlines-" + rules.platform());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** GETs {@code url}, following up to {@value #MAX_REDIRECTS} redirects, each checked as the first URL is. */
    public Fetched followRedirects(URI url, Map<String, String> headers) {
        URI next = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Optional<String> refused = rules.refusal(next);
            if (refused.isPresent()) {
                return new Fetched.Refused(
                        hop == 0
                                ? "the page address " + refused.get()
                                : "the platform redirected to an address that " + refused.get());
            }
            Fetched fetched = send("GET", next, headers, null);
            if (!(fetched instanceof Fetched.Page page) || !REDIRECTS.contains(page.status())) {
                return fetched;
            }
            Optional<URI> location = page.header("location").flatMap(target -> resolve(page.url(), target));
            if (location.isEmpty()) {
                return page;
            }
            next = location.get();
        }
        return new Fetched.Refused("the platform redirected more than " + MAX_REDIRECTS + " times");
    }

    /**
     * Sends one request as a browser made it, without following a redirect (the browser does, and asks again).
     *
     * @param headers the browser's headers; those of the hop itself are left out
     * @param body    {@code null} for none
     */
    public Fetched fetchOne(String method, URI url, Map<String, String> headers, byte[] body) {
        Optional<String> refused = rules.refusal(url);
        if (refused.isPresent()) {
            return new Fetched.Refused("the address " + refused.get());
        }
        return send(method, url, headers, body);
    }

    private Fetched send(String method, URI url, Map<String, String> headers, byte[] body) {
        HttpUriRequestBase request = new HttpUriRequestBase(method, url);
        headers.forEach((name, value) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                request.addHeader(name, value);
            }
        });
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body, null));
        }
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(
                () -> {
                    late.set(true);
                    request.cancel();
                },
                limits.timeout().toNanos(),
                TimeUnit.NANOSECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, request, null);
            return read(url, response, request);
        } catch (IOException | RuntimeException failed) {
            if (causedBy(failed, RefusedAddressException.class)) {
                return new Fetched.Refused("the page is at an address Roster does not fetch for platform "
                        + rules.platform() + " (loopback, private, link-local, multicast or cloud metadata)");
            }
            return late.get()
                    ? new Fetched.Failed("the platform did not answer within "
                            + limits.timeout().toSeconds() + " s")
                    : new Fetched.Failed(plainly(failed));
        } finally {
            deadline.cancel(false);
            closeQuietly(response);
        }
    }

    /** A response cut off (too large, too late) may fail to close; what it held is let go of either way. */
    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException alreadyCut) {
                // The connection was discarded, which is all closing is for here.
            }
        }
    }

    private Fetched read(URI url, ClassicHttpResponse response, HttpUriRequestBase request) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(header.getValue());
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return new Fetched.Page(url, response.getCode(), headers, new byte[0]);
        }
        if (entity.getContentLength() > limits.maxBytes()) {
            request.cancel();
            return tooLarge();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = entity.getContent()) {
            byte[] buffer = new byte[16 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (body.size() + read > limits.maxBytes()) {
                    // Closing the stream would read the rest to reuse the connection: cut it instead.
                    request.cancel();
                    return tooLarge();
                }
                body.write(buffer, 0, read);
            }
        }
        // The body is handed on decoded: its original encoding and length no longer describe it.
        headers.remove("content-encoding");
        headers.remove("content-length");
        return new Fetched.Page(url, response.getCode(), headers, body.toByteArray());
    }

    private Fetched tooLarge() {
        return new Fetched.Refused("the page is larger than " + String.format(Locale.ROOT, "%,d", limits.maxBytes())
                + " bytes, the most Roster reads of a page (ROSTER_COLLECT_MAX_BYTES)");
    }

    /** What went wrong, for staff, without the exception's message: it may hold addresses and ports. */
    private static String plainly(Exception failed) {
        if (causedBy(failed, UnknownHostException.class)) {
            return "the platform's host name could not be resolved";
        }
        if (causedBy(failed, ConnectException.class)) {
            return "could not connect to the platform";
        }
        if (causedBy(failed, SocketTimeoutException.class)) {
            return "the platform stopped answering";
        }
        if (causedBy(failed, SSLException.class)) {
            return "the platform's TLS connection failed";
        }
        return "the connection to the platform failed (" + failed.getClass().getSimpleName() + ")";
    }

    private static boolean causedBy(Throwable failed, Class<? extends Throwable> kind) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            return Optional.of(base.resolve(location.strip()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.close(CloseMode.IMMEDIATE);
    }
}

package dev.roster.adapters.http.routes;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The API's business metrics, served at {@code GET /api/metrics} in the Prometheus text format: requests by route and
 * status (counted from the request log, so every transport counts the same), and gauges the server registers (job
 * queue depth and age). Counters live in this object, one per server: nothing is static.
 */
public final class ApiMetrics {

    /** Prometheus' text exposition format, version 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private record RequestKey(String method, String route, int status) {}

    private record Gauge(String help, Supplier<Map<String, Number>> read) {}

    private final ConcurrentMap<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<RequestKey, LongAdder> micros = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Gauge> gauges = new ConcurrentHashMap<>();

    /**
     * A request log that also counts each request under its route's template ({@code /api/jobs/{id}}, never the raw
     * path, so the number of series stays that of the routes), then hands the line on.
     */
    public RequestLog counting(RequestLog log, RouteTable routes) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(routes, "routes");
        return new RequestLog() {
            @Override
            public void record(RequestRecord record) {
                RouteTable.Resolution resolved = routes.resolve(record.method(), record.path());
                String route = resolved instanceof RouteTable.Resolution.Found found
                        ? found.route().path().text()
                        : resolved instanceof RouteTable.Resolution.WrongMethod ? "(wrong method)" : "(no route)";
                RequestKey key = new RequestKey(record.method(), route, record.status());
                requests.computeIfAbsent(key, k -> new LongAdder()).increment();
                micros.computeIfAbsent(key, k -> new LongAdder()).add(record.durationMicros());
                log.record(record);
            }

            @Override
            public void failure(String requestId, Throwable cause) {
                log.failure(requestId, cause);
            }
        };
    }

    /**
     * A gauge read at each scrape.
     *
     * @param name a Prometheus metric name, e.g. {@code roster_job_queue_depth}
     * @param read the values by label set, e.g. {@code queue="jobs"} (an empty key for none)
     */
    public ApiMetrics gauge(String name, String help, Supplier<Map<String, Number>> read) {
        if (!name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*")) {
            throw new IllegalArgumentException("not a Prometheus metric name: " + name);
        }
        gauges.put(name, new Gauge(help, read));
        return this;
    }

    /** Every metric, in the Prometheus text format. */
    public byte[] render() {
        StringBuilder text = new StringBuilder();
        text.append("# HELP roster_http_requests_total Requests answered, by method, route and status.\n");
        text.append("# TYPE roster_http_requests_total counter\n");
        sorted(requests)
                .forEach((key, count) -> text.append("roster_http_requests_total")
                        .append(labels(key))
                        .append(' ')
                        .append(count.sum())
                        .append('\n'));
        text.append("# HELP roster_http_request_duration_seconds_sum Time spent answering, by method, route and "
                + "status.\n");
        text.append("# TYPE roster_http_request_duration_seconds_sum counter\n");
        sorted(micros)
                .forEach((key, sum) -> text.append("roster_http_request_duration_seconds_sum")
                        .append(labels(key))
                        .append(' ')
                        .append(String.format(Locale.ROOT, "%.6f", sum.sum() / 1e6))
                        .append('\n'));
        new TreeMap<>(gauges).forEach((name, gauge) -> {
            text.append("# HELP ").append(name).append(' ').append(gauge.help()).append('\n');
            text.append("# TYPE ").append(name).append(" gauge\n");
            Map<String, Number> values;
            try {
                values = new TreeMap<>(gauge.read().get());
            } catch (RuntimeException unreadable) {
                // A store that is down has no depth to tell; readiness says why.
                return;
            }
            values.forEach((labels, value) -> text.append(name)
                    .append(labels.isEmpty() ? "" : "{" + labels + "}")
                    .append(' ')
                    .append(value)
                    .append('\n'));
        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static TreeMap<String, LongAdder> sorted(Map<RequestKey, LongAdder> counters) {
        TreeMap<String, LongAdder> byLabels = new TreeMap<>();
        counters.forEach((key, value) -> byLabels.put(key.method() + "\t" + key.route() + "\t" + key.status(), value));
        return byLabels;
    }

    private static String labels(String key) {
        String[] parts = key.split("\t", 3);
        String route = parts[1].replace("\\", "\\\\").replace("\"", "\\\"");
        return "{method=\"" + parts[0] + "\",route=\"" + route + "\",status=\"" + parts[2] + "\"}";
    }
}

package dev.roster.adapters.http.routes;

import dev.roster.application.port.Meter;
import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.PlatformCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The server's metrics, served at {@code GET /api/metrics} in the Prometheus text format: requests by route and status
 * (counted from the request log, so every transport counts the same), what the core counted as the {@link Meter} the
 * roster was given (imports' rows, collections, rate-limit waits, jobs), and gauges the server registers (job queue
 * depth and age). Counters live in this object, one per server: nothing is static.
 */
public final class ApiMetrics implements Meter {

    /** Prometheus' text exposition format, version 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";

    private record Gauge(String help, Supplier<Map<Labels, Number>> read) {}

    private final Counter requests =
            new Counter("roster_http_requests_total", "counter", "Requests answered, by method, route and status.");
    private final Counter requestMicros = new Counter(
            "roster_http_request_duration_seconds", "summary", "Time spent answering, by method, route and status.");
    private final Counter importRows = new Counter(
            "roster_import_rows_total", "counter", "Rows of imports, by platform and outcome (saved or failed).");
    private final Counter collections = new Counter(
            "roster_collections_total",
            "counter",
            "Accounts whose collection ended, by platform and outcome (collected, skipped or a failure's status).");
    private final Counter queued = new Counter(
            "roster_collection_queued_accounts_total", "counter", "Accounts queued for collection, by platform.");
    private final Counter waits = new Counter(
            "roster_rate_limit_waits_total", "counter", "Requests to a platform that waited for its rate limit.");
    private final Counter waitedMicros = new Counter(
            "roster_rate_limit_wait_seconds_total", "counter", "Time requests waited for their platform's rate limit.");
    private final Counter jobs =
            new Counter("roster_jobs_total", "counter", "Runs of jobs that ended, by job type and outcome.");
    private final ConcurrentMap<String, Gauge> gauges = new ConcurrentHashMap<>();

    /**
     * A request log that also counts each request under its route's template ({@code /api/jobs/{id}}, never the raw
     * path, so the number of series stays that of the routes), then hands the line on.
     */
    public RequestLog counting(RequestLog log) {
        Objects.requireNonNull(log, "log");
        return new RequestLog() {
            @Override
            public void record(RequestRecord record) {
                Labels labels = Labels.of(
                        "method",
                        record.method(),
                        "route",
                        record.route(),
                        "status",
                        Integer.toString(record.status()));
                requests.add(labels, 1);
                requestMicros.add(labels, record.durationMicros());
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
     * @param read the values by label set, e.g. {@code Labels.of("queue", "jobs")} ({@link Labels#NONE} for none)
     */
    public ApiMetrics gauge(String name, String help, Supplier<Map<Labels, Number>> read) {
        if (!name.matches(NAME)) {
            throw new IllegalArgumentException("not a Prometheus metric name: " + name);
        }
        gauges.put(name, new Gauge(help, read));
        return this;
    }

    @Override
    public void imported(PlatformCode platform, long saved, long failed) {
        importRows.add(Labels.of("platform", platform.value(), "outcome", "saved"), saved);
        importRows.add(Labels.of("platform", platform.value(), "outcome", "failed"), failed);
    }

    @Override
    public void collected(PlatformCode platform, String outcome, long accounts) {
        collections.add(Labels.of("platform", platform.value(), "outcome", outcome), accounts);
    }

    @Override
    public void collectionQueued(PlatformCode platform, long accounts) {
        queued.add(Labels.of("platform", platform.value()), accounts);
    }

    @Override
    public void rateLimitWaited(PlatformCode platform, Duration waited) {
        Labels labels = Labels.of("platform", platform.value());
        waits.add(labels, 1);
        waitedMicros.add(labels, waited.toNanos() / 1_000);
    }

    @Override
    public void jobFinished(JobType type, String outcome) {
        jobs.add(Labels.of("type", type.value(), "outcome", outcome), 1);
    }

    /** Every metric, in the Prometheus text format. */
    public byte[] render() {
        StringBuilder text = new StringBuilder();
        requests.render(text, Counter::whole);
        // A summary without quantiles: its _sum (seconds) and its _count (the requests).
        requestMicros.header(text);
        requestMicros.samples(text, "roster_http_request_duration_seconds_sum", Counter::seconds);
        requests.samples(text, "roster_http_request_duration_seconds_count", Counter::whole);
        importRows.render(text, Counter::whole);
        collections.render(text, Counter::whole);
        queued.render(text, Counter::whole);
        waits.render(text, Counter::whole);
        waitedMicros.render(text, Counter::seconds);
        jobs.render(text, Counter::whole);
        new TreeMap<>(gauges).forEach((name, gauge) -> {
            Map<Labels, Number> values;
            try {
                values = new TreeMap<>(gauge.read().get());
            } catch (RuntimeException unreadable) {
                // A store that is down has no depth to tell; readiness says why.
                return;
            }
            Counter.header(text, name, "gauge", gauge.help());
            values.forEach((labels, value) -> text.append(name)
                    .append(labels.text())
                    .append(' ')
                    .append(value)
                    .append('\n'));
        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}

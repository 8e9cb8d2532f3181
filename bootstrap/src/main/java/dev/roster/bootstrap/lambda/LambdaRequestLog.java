package dev.roster.bootstrap.lambda;

import dev.roster.adapters.http.routes.RequestLog;
import dev.roster.adapters.http.routes.RequestRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API function's request log: one line of the function's {@link LambdaLog} per request, with the X-Ray trace id,
 * which is also a CloudWatch Embedded Metric Format document: CloudWatch Logs turns each line into the
 * {@code Requests} and {@code Latency} metrics by route and status, with no agent and no extra call.
 */
final class LambdaRequestLog implements RequestLog {

    /** The namespace of Roster's metrics in CloudWatch; the monitoring module alarms on them. */
    static final String NAMESPACE = "Roster";

    private static final String LOGGER = "roster.http";

    private final LambdaLog log;
    private final Clock clock;

    LambdaRequestLog(LambdaLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void record(RequestRecord record) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("requestId", record.requestId());
        line.put("method", record.method());
        line.put("path", record.path());
        line.put("status", record.status());
        line.put("durationMicros", record.durationMicros());
        line.put("clientIp", record.clientIp());
        line.put("caller", record.caller());
        line.put("route", record.route());
        line.put("statusCode", Integer.toString(record.status()));
        line.put("Requests", 1);
        line.put("Latency", record.durationMicros() / 1000.0);
        line.put(
                "_aws",
                Map.of(
                        "Timestamp",
                        record.time().toEpochMilli(),
                        "CloudWatchMetrics",
                        List.of(Map.of(
                                "Namespace", NAMESPACE,
                                "Dimensions", List.of(List.of("route", "statusCode")),
                                "Metrics",
                                        List.of(
                                                Map.of("Name", "Requests", "Unit", "Count"),
                                                Map.of("Name", "Latency", "Unit", "Milliseconds"))))));
        log.write(
                record.time(),
                record.status() >= 500 ? "ERROR" : "INFO",
                LOGGER,
                record.method() + " " + record.path() + " " + record.status(),
                line);
    }

    @Override
    public void failure(String requestId, Throwable cause) {
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("requestId", requestId);
        line.put("error", String.valueOf(cause));
        line.put("stackTrace", trace.toString());
        log.write(clock.instant(), "ERROR", LOGGER, "request " + requestId + " failed: " + cause, line);
    }
}

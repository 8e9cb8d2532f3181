package dev.roster.bootstrap.lambda;

import dev.roster.adapters.http.routes.RequestLog;
import dev.roster.adapters.http.routes.RequestRecord;
import dev.roster.adapters.http.routes.RouteTable;
import dev.roster.adapters.http.routes.json.JsonCodec;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The API function's request log: one JSON object a line (Lambda's JSON log format passes it through as it is) with the
 * X-Ray trace id, which is also a CloudWatch Embedded Metric Format document: CloudWatch Logs turns each line into the
 * {@code Requests} and {@code Latency} metrics by route and status, with no agent and no extra call.
 */
final class LambdaRequestLog implements RequestLog {

    /** The namespace of Roster's metrics in CloudWatch; the monitoring module alarms on them. */
    static final String NAMESPACE = "Roster";
    /** Where the Java runtime puts the invocation's X-Ray trace header. */
    static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";

    private final PrintStream out;
    private final JsonCodec json;
    private final RouteTable routes;
    private final Supplier<String> traceHeader;
    private final Clock clock;

    LambdaRequestLog(PrintStream out, JsonCodec json, RouteTable routes, Supplier<String> traceHeader, Clock clock) {
        this.out = out;
        this.json = json;
        this.routes = routes;
        this.traceHeader = traceHeader;
        this.clock = clock;
    }

    /** The trace header's {@code Root} (e.g. {@code 1-5759e988-bd862e3fe1be46a994272793}), or {@code null}. */
    static String traceId(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            if (part.startsWith("Root=")) {
                return part.substring("Root=".length());
            }
        }
        return null;
    }

    @Override
    public void record(RequestRecord record) {
        RouteTable.Resolution resolved = routes.resolve(record.method(), record.path());
        String route = resolved instanceof RouteTable.Resolution.Found found
                ? found.route().path().text()
                : "(no route)";
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", record.time().toString());
        line.put("level", record.status() >= 500 ? "ERROR" : "INFO");
        line.put("logger", "roster.http");
        line.put("message", record.method() + " " + record.path() + " " + record.status());
        line.put("requestId", record.requestId());
        line.put("traceId", traceId(traceHeader.get()));
        line.put("method", record.method());
        line.put("path", record.path());
        line.put("status", record.status());
        line.put("durationMicros", record.durationMicros());
        line.put("clientIp", record.clientIp());
        line.put("caller", record.caller());
        line.put("route", route);
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
        line.values().removeIf(java.util.Objects::isNull);
        out.println(new String(json.write(line), StandardCharsets.UTF_8));
    }

    @Override
    public void failure(String requestId, Throwable cause) {
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", clock.instant().toString());
        line.put("level", "ERROR");
        line.put("logger", "roster.http");
        line.put("message", "request " + requestId + " failed: " + cause);
        line.put("requestId", requestId);
        line.put("traceId", traceId(traceHeader.get()));
        line.put("stackTrace", trace.toString());
        line.values().removeIf(java.util.Objects::isNull);
        out.println(new String(json.write(line), StandardCharsets.UTF_8));
    }
}

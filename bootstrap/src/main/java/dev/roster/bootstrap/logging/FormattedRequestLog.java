package dev.roster.bootstrap.logging;

import dev.roster.adapters.http.routes.RequestLog;
import dev.roster.adapters.http.routes.RequestRecord;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request log in the server's format: one line per request, and a failure's stack trace as one field. */
public final class FormattedRequestLog implements RequestLog {

    static final String LOGGER = "roster.http";

    private final PrintStream out;
    private final LogLine lines;
    private final Clock clock;

    public FormattedRequestLog(PrintStream out, LogLine lines, Clock clock) {
        this.out = out;
        this.lines = lines;
        this.clock = clock;
    }

    @Override
    public void record(RequestRecord record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("requestId", record.requestId());
        fields.put("method", record.method());
        fields.put("path", record.path());
        fields.put("status", record.status());
        fields.put("durationMicros", record.durationMicros());
        fields.put("clientIp", record.clientIp());
        fields.put("caller", record.caller());
        out.println(lines.format(
                record.time(),
                record.status() >= 500 ? "ERROR" : "INFO",
                LOGGER,
                record.method() + " " + record.path() + " " + record.status(),
                fields));
    }

    @Override
    public void failure(String requestId, Throwable cause) {
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("requestId", requestId);
        fields.put("error", String.valueOf(cause));
        fields.put("stackTrace", trace.toString());
        out.println(
                lines.format(clock.instant(), "ERROR", LOGGER, "request " + requestId + " failed: " + cause, fields));
    }
}

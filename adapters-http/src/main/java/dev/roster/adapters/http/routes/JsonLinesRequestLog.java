package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.json.JsonCodec;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes each request as one JSON line: what CloudWatch Logs Insights and {@code jq} read without a parser. */
public final class JsonLinesRequestLog implements RequestLog {

    private final PrintStream out;
    private final JsonCodec json;

    public JsonLinesRequestLog(PrintStream out, JsonCodec json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void record(RequestRecord record) {
        out.println(new String(json.write(record), StandardCharsets.UTF_8));
    }

    @Override
    public void failure(String requestId, Throwable cause) {
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        Map<String, String> line = new LinkedHashMap<>();
        line.put("level", "ERROR");
        line.put("requestId", requestId);
        line.put("error", String.valueOf(cause));
        line.put("trace", trace.toString());
        out.println(new String(json.write(line), StandardCharsets.UTF_8));
    }
}

package dev.roster.bootstrap.lambda;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.roster.bootstrap.logging.FormattedLines;
import dev.roster.bootstrap.logging.LogFormat;
import dev.roster.bootstrap.logging.LogLine;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A function's log: every line one JSON object through the server's own {@link LogLine} ({@code time}, {@code level},
 * {@code logger}, {@code message}), carrying the invocation's {@code requestId} (Lambda's request id), the
 * {@code jobId} being run and the X-Ray {@code traceId}, an error's stack trace as the field {@code stackTrace}. Lambda
 * passes such lines through as they are under its JSON log format. One per function instance; Lambda runs one
 * invocation at a time in an instance, so the invocation's ids are fields of this object, not thread-locals.
 */
final class LambdaLog {

    /** Where the Java runtime puts the invocation's X-Ray trace header. */
    static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";
    /** Where the other runtimes put it, and where a custom runtime may. */
    static final String TRACE_HEADER_VARIABLE = "_X_AMZN_TRACE_ID";

    private final PrintStream out;
    private final LogLine lines = new LogLine(LogFormat.JSON);
    private final Supplier<String> traceHeader;
    private final Clock clock;
    private volatile String requestId;
    private volatile String jobId;

    LambdaLog(PrintStream out, Supplier<String> traceHeader, Clock clock) {
        this.out = out;
        this.traceHeader = traceHeader;
        this.clock = clock;
    }

    /**
     * The log of the function this process runs, on standard output, with the trace header where the runtime puts it.
     * Standard output and error are pointed at it, as {@code roster serve} does, so what anything else prints (the
     * libraries' warnings through SLF4J's simple logger) comes out as its lines too; the function calls this once, in
     * the constructor Lambda calls.
     */
    static LambdaLog ofThisProcess() {
        PrintStream raw = System.out;
        LambdaLog log = new LambdaLog(raw, LambdaLog::currentTraceHeader, Clock.systemUTC());
        System.setOut(log.stream("INFO", "roster"));
        System.setErr(log.stream("WARN", "roster"));
        return log;
    }

    static String currentTraceHeader() {
        String header = System.getProperty(TRACE_HEADER_PROPERTY);
        return header != null ? header : System.getenv(TRACE_HEADER_VARIABLE);
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

    /** An invocation begins (null: a test's invocation without a context). */
    void invocation(String awsRequestId) {
        this.requestId = awsRequestId;
        this.jobId = null;
    }

    /** The job now run, or null between jobs. */
    void job(String id) {
        this.jobId = id;
    }

    /** What every line of the invocation carries, without the nulls. */
    Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("requestId", requestId);
        context.put("jobId", jobId);
        context.put("traceId", traceId(traceHeader.get()));
        context.values().removeIf(java.util.Objects::isNull);
        return context;
    }

    void info(String logger, String message, Map<String, ?> fields) {
        write(clock.instant(), "INFO", logger, message, fields);
    }

    void warn(String logger, String message, Throwable error) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            fields.put("error", String.valueOf(error));
            fields.put("stackTrace", trace.toString());
        }
        write(clock.instant(), error == null ? "WARN" : "ERROR", logger, message, fields);
    }

    /** A line at {@code time} (a request's own), with the invocation's ids before the line's own fields. */
    void write(Instant time, String level, String logger, String message, Map<String, ?> fields) {
        Map<String, Object> all = context();
        all.putAll(fields);
        out.println(lines.format(time, level, logger, message, all));
    }

    /**
     * A stream whose every line becomes one of this log's, as the server's standard error does: what libraries print
     * (SLF4J's simple logger writes {@code WARN logger - message}) comes out in the one format with the ids.
     */
    PrintStream stream(String level, String logger) {
        return new PrintStream(
                new FormattedLines(out, lines, level, logger, clock, this::context), true, StandardCharsets.UTF_8);
    }

    /** Lambda's logger for code that logs through its context (the queue worker), writing this log's lines. */
    LambdaLogger lambdaLogger(String logger) {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                log(message, LogLevel.WARN);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }

            /** A message may carry a stack trace on the lines after its first: it becomes the field. */
            @Override
            public void log(String message, LogLevel level) {
                String text = message.strip();
                int end = text.indexOf('\n');
                write(
                        clock.instant(),
                        level == LogLevel.UNDEFINED ? "WARN" : level.name(),
                        logger,
                        end < 0 ? text : text.substring(0, end),
                        end < 0 ? Map.of() : Map.of("stackTrace", text.substring(end + 1)));
            }
        };
    }
}

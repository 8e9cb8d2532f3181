package dev.roster.bootstrap.logging;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lines a command-line tool writes while it works, in the server's one format: its own (through {@link #out()}, as
 * INFO of its logger) and its libraries' (standard output and error are pointed at the format until {@link #close()}).
 * What a command prints as its result for a script to capture (a token, a completion script) does not come here.
 */
public final class CommandLog implements AutoCloseable {

    private final LogLine lines;
    private final String logger;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintStream originalOut;
    private final PrintStream originalErr;

    private CommandLog(LogLine lines, String logger, Clock clock, PrintWriter commandOut) {
        this.lines = lines;
        this.logger = logger;
        this.clock = clock;
        this.out = new PrintWriter(new FormattedLines(commandOut, lines, "INFO", logger, clock), true);
        this.originalOut = System.out;
        this.originalErr = System.err;
    }

    /**
     * Starts writing in {@code format}: the command's lines onto {@code commandOut}, its libraries' onto standard
     * output and error as they were.
     *
     * @param logger the command's logger, e.g. {@code roster.collect}
     */
    public static CommandLog start(LogFormat format, String logger, PrintWriter commandOut, Clock clock) {
        CommandLog log = new CommandLog(new LogLine(format), logger, clock, commandOut);
        System.setOut(formatted(log.originalOut, log.lines, "INFO", clock));
        System.setErr(formatted(log.originalErr, log.lines, "WARN", clock));
        return log;
    }

    private static PrintStream formatted(PrintStream target, LogLine lines, String level, Clock clock) {
        OutputStream stream = new FormattedLines(target, lines, level, "roster", clock);
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    /** Where the command writes what it does: each line one INFO line of its logger. */
    public PrintWriter out() {
        return out;
    }

    public LogFormat format() {
        return lines.format();
    }

    /**
     * One line telling that the command failed, as ERROR of its logger; with {@code trace}, the failure's stack trace
     * as the field {@code stackTrace}.
     */
    public String failure(String message, Throwable failure, boolean trace) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("error", failure.getClass().getName());
        if (trace) {
            StringWriter stack = new StringWriter();
            failure.printStackTrace(new PrintWriter(stack));
            fields.put("stackTrace", stack.toString());
        }
        return lines.format(clock.instant(), "ERROR", logger, message, fields);
    }

    /** Gives standard output and error back as they were. */
    @Override
    public void close() {
        out.flush();
        System.out.flush();
        System.err.flush();
        System.setOut(originalOut);
        System.setErr(originalErr);
    }
}

package dev.roster.bootstrap.logging;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stream that turns every line written to it into one line of the server's format. The server points standard output
 * and standard error at it, so Roster's own messages and its libraries' (Jetty, HikariCP, Flyway, PostgreSQL, through
 * SLF4J's simple logger, which writes {@code LEVEL logger - message}) come out in the one format, each with its level
 * and logger. Each line of a stack trace a library prints becomes a line of its own, with the message's level and
 * logger and {@code "stackTrace": true}; Roster's own errors carry their trace as one field (see
 * {@link FormattedRequestLog}).
 */
public final class FormattedLines extends OutputStream {

    /** What SLF4J's simple logger writes: {@code WARN com.zaxxer.hikari.pool.HikariPool - message}. */
    private static final Pattern LIBRARY = Pattern.compile("^(TRACE|DEBUG|INFO|WARN|ERROR) ([\\w.$-]+) - (.*)$");
    /** The lines of a stack trace, after the message that came with it. */
    private static final Pattern TRACE = Pattern.compile(
            "^(\\s+at |\\s*\\.\\.\\. \\d+ more|Caused by: |\\s+Suppressed: " + "|[\\w.$]+(Exception|Error)(: .*)?$)");

    private final Consumer<String> target;
    private final Runnable flushTarget;
    private final LogLine lines;
    private final String level;
    private final String logger;
    private final Clock clock;
    private final Supplier<Map<String, ?>> context;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private String lastLevel;
    private String lastLogger;

    /**
     * @param level  the level of a line that does not say its own (e.g. INFO for standard output)
     * @param logger the logger of a line that does not say its own
     */
    public FormattedLines(PrintStream target, LogLine lines, String level, String logger, Clock clock) {
        this(target, lines, level, logger, clock, Map::of);
    }

    /**
     * As the other constructor, every line also carrying what {@code context} holds when it is written (a Lambda
     * function's request id, job id and trace id).
     */
    public FormattedLines(
            PrintStream target,
            LogLine lines,
            String level,
            String logger,
            Clock clock,
            Supplier<Map<String, ?>> context) {
        this(target::println, target::flush, lines, level, logger, clock, context);
    }

    /** As {@link FormattedLines#FormattedLines(PrintStream, LogLine, String, String, Clock)}, onto a writer. */
    public FormattedLines(PrintWriter target, LogLine lines, String level, String logger, Clock clock) {
        this(target::println, target::flush, lines, level, logger, clock, Map::of);
    }

    private FormattedLines(
            Consumer<String> target,
            Runnable flushTarget,
            LogLine lines,
            String level,
            String logger,
            Clock clock,
            Supplier<Map<String, ?>> context) {
        this.context = context;
        this.target = target;
        this.flushTarget = flushTarget;
        this.lines = lines;
        this.level = level;
        this.logger = logger;
        this.clock = clock;
        this.lastLevel = level;
        this.lastLogger = logger;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            line(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        } else if (b != '\r') {
            pending.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() {
        flushTarget.run();
    }

    private void line(String text) {
        if (TRACE.matcher(text).find()) {
            // A line of a stack trace a library printed after its message: in JSON one object still, with that
            // message's level; in text the line as it was, under its message.
            target.accept(
                    lines.format() == LogFormat.TEXT
                            ? text
                            : lines.format(
                                    clock.instant(),
                                    lastLevel,
                                    lastLogger,
                                    text.strip(),
                                    withContext(Map.of("stackTrace", true))));
            return;
        }
        Matcher library = LIBRARY.matcher(text);
        lastLevel = library.matches() ? library.group(1) : level;
        lastLogger = library.matches() ? library.group(2) : logger;
        target.accept(lines.format(
                clock.instant(),
                lastLevel,
                lastLogger,
                library.matches() ? library.group(3) : text,
                withContext(Map.of())));
    }

    private Map<String, ?> withContext(Map<String, ?> fields) {
        Map<String, Object> all = new LinkedHashMap<>(context.get());
        all.putAll(fields);
        return all;
    }
}

package dev.roster.bootstrap.logging;

import dev.roster.adapters.http.routes.RequestLog;
import dev.roster.adapters.http.routes.RequestRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The server's request log, written by a thread of its own: a request hands its line over and goes on, and the writer
 * prints what has queued up in one write, then lets lines gather for {@value #GATHER_MILLIS} ms. Printed on the
 * request's own thread, each line took standard output's lock and several system calls (it flushes every line), and a
 * reader slow to empty the pipe held every request up behind it. Lines are never dropped: when {@value #QUEUED_LINES}
 * are waiting, a request waits for room. Each write holds the output's lock, so the server's other lines never land
 * inside a request's.
 */
public final class BackgroundRequestLog implements RequestLog, AutoCloseable {

    static final int QUEUED_LINES = 8_192;
    private static final int LINES_PER_WRITE = 1_024;
    private static final Duration DRAIN_AT_MOST = Duration.ofSeconds(10);
    private static final int GATHER_MILLIS = 20;

    private final BlockingQueue<Consumer<RequestLog>> queue = new ArrayBlockingQueue<>(QUEUED_LINES);
    private final Consumer<RequestLog> stop = log -> {};
    private final PrintStream out;
    private final RequestLog direct;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final RequestLog intoPending;
    private final Thread writer;
    private volatile boolean closed;

    private BackgroundRequestLog(PrintStream out, Function<PrintStream, RequestLog> format) {
        this.out = out;
        this.direct = format.apply(out);
        this.intoPending = format.apply(new PrintStream(pending, false, StandardCharsets.UTF_8));
        this.writer = new Thread(this::writeUntilStopped, "roster-request-log");
        writer.setDaemon(true);
    }

    /**
     * Starts the writer.
     *
     * @param format the log that formats a line onto the stream it is given (e.g. {@link FormattedRequestLog})
     */
    public static BackgroundRequestLog start(PrintStream out, Function<PrintStream, RequestLog> format) {
        BackgroundRequestLog log = new BackgroundRequestLog(out, format);
        log.writer.start();
        return log;
    }

    @Override
    public void record(RequestRecord record) {
        hand(log -> log.record(record));
    }

    @Override
    public void failure(String requestId, Throwable cause) {
        hand(log -> log.failure(requestId, cause));
    }

    /** Writes every line handed over before this call, then stops the writer; later lines are written as they come. */
    @Override
    public void close() throws InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        queue.put(stop);
        writer.join(DRAIN_AT_MOST.toMillis());
    }

    private void hand(Consumer<RequestLog> line) {
        if (closed) {
            synchronized (direct) {
                line.accept(direct);
            }
            return;
        }
        try {
            queue.put(line);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            synchronized (direct) {
                line.accept(direct);
            }
        }
    }

    private void writeUntilStopped() {
        List<Consumer<RequestLog>> batch = new ArrayList<>(LINES_PER_WRITE);
        boolean stopped = false;
        while (!stopped) {
            batch.add(nextOrStop());
            queue.drainTo(batch, LINES_PER_WRITE - 1);
            for (Consumer<RequestLog> line : batch) {
                stopped |= line == stop;
                writeOne(line);
            }
            boolean full = batch.size() == LINES_PER_WRITE;
            batch.clear();
            out.write(pending.toByteArray(), 0, pending.size());
            out.flush();
            pending.reset();
            if (!full && !stopped) {
                gatherAWhile();
            }
        }
    }

    /** Nobody interrupts this thread but the JVM on its way out: then what is queued is written, and it stops. */
    private Consumer<RequestLog> nextOrStop() {
        try {
            return queue.take();
        } catch (InterruptedException interrupted) {
            return stop;
        }
    }

    /** Lets lines gather: waking for every request would make this one more thread on the cores requests need. */
    private static void gatherAWhile() {
        try {
            Thread.sleep(GATHER_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeOne(Consumer<RequestLog> line) {
        try {
            line.accept(intoPending);
        } catch (RuntimeException unformattable) {
            // One bad line must not stop the writer: requests would queue behind it for good.
            intoPending.failure("(request log)", unformattable);
        }
    }
}

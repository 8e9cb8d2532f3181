package dev.roster.application.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;

/**
 * Reads a source ahead of its consumer on a thread of the given executor, a chunk at a time: the store reads the next
 * chunk while the workbook's writer writes the last one. No more than three chunks are held (being read, waiting,
 * being used), however long the source. Closing stops the reader and waits for it, so the source can be closed after.
 * While it reads, the executor's thread carries {@code readerName}, for thread dumps.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private final BlockingQueue<Chunk<T>> ready = new ArrayBlockingQueue<>(1);
    private final Object lock = new Object();
    /** The thread reading, once the executor started the reader; null before, and after it finished. */
    private Thread reader;

    private boolean started;
    private boolean closed;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean ended;

    ReadAhead(Iterator<T> source, int chunkSize, String readerName, Executor executor) {
        executor.execute(() -> {
            if (begin()) {
                Thread thread = Thread.currentThread();
                String name = thread.getName();
                thread.setName(readerName);
                try {
                    read(source, chunkSize);
                } finally {
                    thread.setName(name);
                    end();
                }
            }
        });
    }

    /** False when closed before the executor got to the reader: then it never reads. */
    private boolean begin() {
        synchronized (lock) {
            started = true;
            if (closed) {
                lock.notifyAll();
                return false;
            }
            reader = Thread.currentThread();
            return true;
        }
    }

    private void end() {
        synchronized (lock) {
            reader = null;
            // An interrupt meant for the reader must not reach the executor's next task.
            Thread.interrupted();
            lock.notifyAll();
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !ended) {
            Chunk<T> chunk = take();
            if (chunk.failure() instanceof RuntimeException failure) {
                ended = true;
                throw failure;
            }
            if (chunk.failure() instanceof Error failure) {
                ended = true;
                throw failure;
            }
            current = chunk.items().iterator();
            ended = chunk.last();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Stops the reader and waits until it has stopped (or, not yet started, until it never will). */
    @Override
    public void close() {
        boolean interrupted = false;
        synchronized (lock) {
            closed = true;
            if (reader != null) {
                reader.interrupt();
            }
            while (!started || reader != null) {
                try {
                    lock.wait();
                } catch (InterruptedException again) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(Iterator<T> source, int chunkSize) {
        try {
            boolean last;
            do {
                Chunk<T> chunk;
                try {
                    List<T> items = new ArrayList<>(chunkSize);
                    while (items.size() < chunkSize && source.hasNext()) {
                        items.add(source.next());
                    }
                    last = !source.hasNext();
                    chunk = new Chunk<>(items, null, last);
                } catch (RuntimeException | Error failure) {
                    // Handed over, so that the consumer fails with it instead of waiting for rows that never come.
                    last = true;
                    chunk = new Chunk<>(List.of(), failure, true);
                }
                ready.put(chunk);
            } while (!last);
        } catch (InterruptedException closed) {
            // The consumer closed early: nobody wants the rest.
        }
    }

    private Chunk<T> take() {
        try {
            return ready.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next rows", interrupted);
        }
    }

    private record Chunk<T>(List<T> items, Throwable failure, boolean last) {}
}

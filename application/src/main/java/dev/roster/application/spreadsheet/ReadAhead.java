package dev.roster.application.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a source ahead of its consumer on a thread of its own, a chunk at a time: the store reads the next chunk while
 * the workbook's writer writes the last one. No more than three chunks are held (being read, waiting, being used),
 * however long the source. Closing stops the reader and waits for it, so the source can be closed after.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private final BlockingQueue<Chunk<T>> ready = new ArrayBlockingQueue<>(1);
    private final Thread reader;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean ended;

    ReadAhead(Iterator<T> source, int chunkSize, String threadName) {
        reader = new Thread(() -> read(source, chunkSize), threadName);
        reader.setDaemon(true);
        reader.start();
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

    @Override
    public void close() {
        reader.interrupt();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException again) {
                interrupted = true;
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

    private record Chunk<T>(List<T> items, Throwable failure, boolean last) {
    }
}

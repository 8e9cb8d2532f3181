package dev.roster.application.report;

import dev.roster.application.job.JobRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.function.Function;

/**
 * Does a report's slow work (a request per row, mostly waiting on the platform) on the roster's executor, at most
 * {@code width} items at once (the platform's concurrency: more would only wait on the rate limiter), answering in the
 * items' order. Progress is reported on the caller's thread, where the job's record is kept.
 */
final class InOrder {

    private InOrder() {}

    static <I, O> List<O> map(
            List<I> items, Function<I, O> work, int width, Executor executor, JobRunner.Progress progress) {
        List<O> results = new ArrayList<>(Collections.nCopies(items.size(), null));
        CompletionService<Integer> done = new ExecutorCompletionService<>(executor);
        int next = 0;
        int finished = 0;
        long step = Math.max(1, items.size() / 100);
        try {
            for (; next < items.size() && next < width; next++) {
                submit(done, items, results, work, next);
            }
            while (finished < items.size()) {
                done.take().get();
                finished++;
                if (next < items.size()) {
                    submit(done, items, results, work, next++);
                }
                if (finished % step == 0 || finished == items.size()) {
                    progress.report(finished, items.size());
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the report ran", interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        return results;
    }

    private static <I, O> void submit(
            CompletionService<Integer> done, List<I> items, List<O> results, Function<I, O> work, int index) {
        done.submit(() -> {
            O result = work.apply(items.get(index));
            synchronized (results) {
                results.set(index, result);
            }
            return index;
        });
    }
}

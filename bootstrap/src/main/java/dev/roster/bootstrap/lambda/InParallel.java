package dev.roster.bootstrap.lambda;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A part of a function's initialisation that needs nothing else built first, built on a thread of its own while the
 * initialising thread builds the rest. Where a second core is free (a laptop; Lambda's initialisation, whose CPU is not
 * held to the memory setting's share), the two overlap instead of adding up.
 */
final class InParallel<T> {

    private final CompletableFuture<T> value;

    private InParallel(CompletableFuture<T> value) {
        this.value = value;
    }

    /** Starts building on a new daemon thread called {@code name}, so a build that hangs cannot keep the JVM up. */
    static <T> InParallel<T> start(String name, Supplier<T> build) {
        return new InParallel<>(CompletableFuture.supplyAsync(build, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Waits for the value; a failure of the build is thrown here as the build threw it. */
    T join() {
        try {
            return value.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }
}

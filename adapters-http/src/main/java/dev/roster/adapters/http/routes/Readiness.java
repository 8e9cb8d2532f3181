package dev.roster.adapters.http.routes;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What {@code GET /api/health/ready} checks: the parts a request needs (the store, the job queue, the file store), each
 * probed at once, each given the same deadline, so a part that hangs is reported down instead of hanging the check.
 * {@code GET /api/health} checks none of them: it says only that the process lives.
 */
public final class Readiness {

    /** One part to probe; it throws when the part cannot be used. */
    @FunctionalInterface
    public interface Probe {
        void probe() throws Exception;
    }

    /** What a check found: {@code UP}, or why the part is down. */
    public record Status(boolean up, String detail) {}

    private static final Duration DEADLINE = Duration.ofSeconds(3);

    private final Map<String, Probe> probes;
    private final Duration deadline;

    private Readiness(Map<String, Probe> probes, Duration deadline) {
        this.probes = Map.copyOf(probes);
        this.deadline = deadline;
        this.probes.forEach((name, probe) -> Objects.requireNonNull(probe, name));
    }

    /** The parts, by the names the answer uses (e.g. {@code store}, {@code jobQueue}, {@code fileStore}). */
    public static Readiness of(Map<String, Probe> probes) {
        return new Readiness(new LinkedHashMap<>(probes), DEADLINE);
    }

    /** Nothing to check beyond the process itself: for a route table whose parts have no probe. */
    public static Readiness none() {
        return of(Map.of());
    }

    /** Probes every part at once (each on a thread of its own, as a probe may block on a socket). */
    public Map<String, Status> check() {
        Map<String, CompletableFuture<Void>> running = new LinkedHashMap<>();
        probes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(part -> {
            CompletableFuture<Void> result = new CompletableFuture<>();
            Thread prober = new Thread(
                    () -> {
                        try {
                            part.getValue().probe();
                            result.complete(null);
                        } catch (Throwable down) {
                            result.completeExceptionally(down);
                        }
                    },
                    "roster-ready-" + part.getKey());
            prober.setDaemon(true);
            prober.start();
            running.put(part.getKey(), result);
        });
        long until = System.nanoTime() + deadline.toNanos();
        Map<String, Status> found = new LinkedHashMap<>();
        running.forEach((name, result) -> found.put(name, await(result, until)));
        return found;
    }

    private static Status await(CompletableFuture<Void> result, long until) {
        try {
            result.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new Status(true, "UP");
        } catch (TimeoutException slow) {
            return new Status(false, "no answer within the deadline");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            return new Status(
                    false, cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Status(false, "interrupted");
        }
    }
}

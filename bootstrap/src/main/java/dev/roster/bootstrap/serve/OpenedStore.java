package dev.roster.bootstrap.serve;

import dev.roster.adapters.http.routes.ApiMetrics;
import dev.roster.adapters.http.routes.Readiness;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.RosterStorage;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A store ready for use, and how to let go of it.
 *
 * @param name        what the health check reports, e.g. {@code embedded-postgres}
 * @param description a line for the start-up banner: what and where
 * @param jobQueue    the queue that goes with the store (PostgreSQL's durable one, or an in-process one)
 * @param collectionQueue the queue of metric collection jobs: apart from the others, so that thousands of slow,
 *                    rate-limited collection batches never hold up an import someone is waiting for
 * @param resources   closed when the server stops: pools, clients, an embedded database
 * @param probes      what {@code GET /api/health/ready} asks of the store and its queue, by part name
 * @param gauges      registers what the store can tell {@code GET /api/metrics} (job queue depth and age)
 */
public record OpenedStore(
        RosterStorage storage,
        JobQueue jobQueue,
        JobQueue collectionQueue,
        String name,
        String description,
        AutoCloseable resources,
        Map<String, Readiness.Probe> probes,
        Consumer<ApiMetrics> gauges)
        implements AutoCloseable {

    /** A store with nothing to probe beyond the process: for benchmarks and embedding. */
    public OpenedStore(
            RosterStorage storage,
            JobQueue jobQueue,
            JobQueue collectionQueue,
            String name,
            String description,
            AutoCloseable resources) {
        this(storage, jobQueue, collectionQueue, name, description, resources, Map.of(), metrics -> {});
    }

    public OpenedStore {
        probes = Map.copyOf(probes);
        Objects.requireNonNull(gauges, "gauges");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(jobQueue, "jobQueue");
        Objects.requireNonNull(collectionQueue, "collectionQueue");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resources, "resources");
    }

    /** The same store, with another line for the start-up banner. */
    public OpenedStore describedAs(String newDescription) {
        return new OpenedStore(storage, jobQueue, collectionQueue, name, newDescription, resources);
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}

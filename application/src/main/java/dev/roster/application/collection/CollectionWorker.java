package dev.roster.application.collection;

import dev.roster.application.error.RosterException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import java.time.Duration;
import java.util.List;

/**
 * Takes {@code collect} jobs off a queue and runs them, one at a time: what a worker thread (or a queue-triggered
 * function) loops over.
 */
public final class CollectionWorker {

    /** Longer than any batch takes (100 accounts at a slow platform's pace), so a running job is not handed out twice. */
    public static final Duration VISIBILITY = Duration.ofMinutes(30);
    private static final Duration RETRY_AFTER_OUTAGE = Duration.ofSeconds(30);

    private final CollectMetrics collect;
    private final JobQueue queue;

    public CollectionWorker(CollectMetrics collect, JobQueue queue) {
        this.collect = collect;
        this.queue = queue;
    }

    /** Runs the next queued job, if there is one; answers whether there was. */
    public boolean runNext() {
        List<JobDelivery> deliveries = queue.receive(1, VISIBILITY);
        if (deliveries.isEmpty()) {
            return false;
        }
        JobDelivery delivery = deliveries.get(0);
        try {
            collect.run(delivery.jobId());
            queue.acknowledge(delivery);
        } catch (UnavailableException down) {
            queue.release(delivery, RETRY_AFTER_OUTAGE);
        } catch (RosterException gone) {
            // The job record is gone (or never was): nothing to run, and nothing running it again would change.
            queue.acknowledge(delivery);
        }
        return true;
    }
}

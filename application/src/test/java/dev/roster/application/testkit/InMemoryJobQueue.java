package dev.roster.application.testkit;

import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.domain.job.JobId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A {@link JobQueue} in memory for use-case tests: every waiting job is handed out at once (visibility and delays are
 * not modelled; the durable queues' contract tests cover those). Test sources only.
 */
public final class InMemoryJobQueue implements JobQueue {

    private final Map<JobId, Integer> waiting = new LinkedHashMap<>();
    private final Map<JobId, Integer> out = new LinkedHashMap<>();

    @Override
    public synchronized void enqueue(JobId job) {
        if (!out.containsKey(job)) {
            waiting.putIfAbsent(job, 0);
        }
    }

    @Override
    public synchronized List<JobDelivery> receive(int max, Duration visibility) {
        List<JobDelivery> deliveries = new ArrayList<>();
        var iterator = waiting.entrySet().iterator();
        while (iterator.hasNext() && deliveries.size() < max) {
            var entry = iterator.next();
            iterator.remove();
            int count = entry.getValue() + 1;
            out.put(entry.getKey(), count);
            deliveries.add(new JobDelivery(entry.getKey(), UUID.randomUUID().toString(), count));
        }
        return deliveries;
    }

    @Override
    public synchronized void acknowledge(JobDelivery delivery) {
        out.remove(delivery.jobId());
    }

    @Override
    public synchronized void release(JobDelivery delivery, Duration delay) {
        Integer count = out.remove(delivery.jobId());
        if (count != null) {
            waiting.put(delivery.jobId(), count);
        }
    }

    /** Jobs waiting or handed out and not yet settled. */
    public synchronized int unsettled() {
        return waiting.size() + out.size();
    }
}

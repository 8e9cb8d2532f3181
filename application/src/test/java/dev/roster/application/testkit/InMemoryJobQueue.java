package dev.roster.application.testkit;

import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.domain.job.JobId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A {@link JobQueue} in memory, for use-case tests. Test sources only. */
public final class InMemoryJobQueue implements JobQueue {

    private final Clock clock;
    private final int maxReceives;
    private final Map<JobId, Entry> entries = new LinkedHashMap<>();
    private final List<JobId> deadLetters = new ArrayList<>();

    public InMemoryJobQueue(Clock clock, int maxReceives) {
        this.clock = clock;
        this.maxReceives = maxReceives;
    }

    /** Jobs handed out too often, in the order they gave up. */
    public synchronized List<JobId> deadLetters() {
        return List.copyOf(deadLetters);
    }

    @Override
    public synchronized void enqueue(JobId job) {
        entries.putIfAbsent(job, new Entry(clock.instant(), 0, null));
    }

    @Override
    public synchronized List<JobDelivery> receive(int max, Duration visibility) {
        Instant now = clock.instant();
        List<JobDelivery> deliveries = new ArrayList<>();
        for (var iterator = entries.entrySet().iterator(); iterator.hasNext() && deliveries.size() < max; ) {
            var item = iterator.next();
            Entry entry = item.getValue();
            if (entry.visibleAt().isAfter(now)) {
                continue;
            }
            if (entry.receives() >= maxReceives) {
                iterator.remove();
                deadLetters.add(item.getKey());
                continue;
            }
            String receipt = UUID.randomUUID().toString();
            item.setValue(new Entry(now.plus(visibility), entry.receives() + 1, receipt));
            deliveries.add(new JobDelivery(item.getKey(), receipt, entry.receives() + 1));
        }
        return deliveries;
    }

    @Override
    public synchronized void acknowledge(JobDelivery delivery) {
        Entry entry = entries.get(delivery.jobId());
        if (entry != null && delivery.receipt().equals(entry.receipt())) {
            entries.remove(delivery.jobId());
        }
    }

    @Override
    public synchronized void release(JobDelivery delivery, Duration delay) {
        Entry entry = entries.get(delivery.jobId());
        if (entry != null && delivery.receipt().equals(entry.receipt())) {
            entries.put(delivery.jobId(), new Entry(clock.instant().plus(delay), entry.receives(), null));
        }
    }

    private record Entry(Instant visibleAt, int receives, String receipt) {
    }
}

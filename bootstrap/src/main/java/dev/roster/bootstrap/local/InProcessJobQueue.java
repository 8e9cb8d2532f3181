package dev.roster.bootstrap.local;

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

/**
 * The local server's job queue when no durable one is at hand (on DynamoDB): jobs live as long as the process.
 * On PostgreSQL the durable queue is used instead.
 */
public final class InProcessJobQueue implements JobQueue {

    private final Clock clock;
    private final int maxReceives;
    private final Map<JobId, Entry> entries = new LinkedHashMap<>();
    private final List<JobId> deadLetters = new ArrayList<>();

    public InProcessJobQueue(Clock clock, int maxReceives) {
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
        var iterator = entries.entrySet().iterator();
        while (iterator.hasNext() && deliveries.size() < max) {
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
        if (holds(delivery)) {
            entries.remove(delivery.jobId());
        }
    }

    @Override
    public synchronized void extend(JobDelivery delivery, Duration visibility) {
        if (holds(delivery)) {
            Entry entry = entries.get(delivery.jobId());
            entries.put(
                    delivery.jobId(), new Entry(clock.instant().plus(visibility), entry.receives(), entry.receipt()));
        }
    }

    @Override
    public synchronized void release(JobDelivery delivery, Duration delay) {
        if (holds(delivery)) {
            Entry entry = entries.get(delivery.jobId());
            entries.put(delivery.jobId(), new Entry(clock.instant().plus(delay), entry.receives(), null));
        }
    }

    /** Whether the delivery is still the current one: a late worker must not settle a job handed out again. */
    private boolean holds(JobDelivery delivery) {
        Entry entry = entries.get(delivery.jobId());
        return entry != null && delivery.receipt().equals(entry.receipt());
    }

    private record Entry(Instant visibleAt, int receives, String receipt) {}
}

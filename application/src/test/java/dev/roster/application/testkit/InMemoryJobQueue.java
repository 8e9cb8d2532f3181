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

/**
 * A {@link JobQueue} in memory for use-case tests; it passes {@link JobQueueContract} like the durable queues.
 * Test sources only.
 */
public final class InMemoryJobQueue implements JobQueue {

    private final Clock clock;
    private final int maxReceives;
    private final Map<JobId, Waiting> jobs = new LinkedHashMap<>();
    private final List<JobId> deadLetters = new ArrayList<>();

    /** A job not yet settled: hidden until {@code visibleAt}, handed out {@code receives} times, last as {@code receipt}. */
    private record Waiting(Instant visibleAt, int receives, String receipt) {}

    public InMemoryJobQueue() {
        this(Clock.systemUTC(), 5);
    }

    public InMemoryJobQueue(Clock clock, int maxReceives) {
        this.clock = clock;
        this.maxReceives = maxReceives;
    }

    @Override
    public synchronized void enqueue(JobId job) {
        jobs.putIfAbsent(job, new Waiting(Instant.MIN, 0, null));
    }

    @Override
    public synchronized List<JobDelivery> receive(int max, Duration visibility) {
        Instant now = clock.instant();
        List<JobDelivery> handedOut = new ArrayList<>();
        for (var iterator = jobs.entrySet().iterator(); iterator.hasNext() && handedOut.size() < max; ) {
            var job = iterator.next();
            Waiting waiting = job.getValue();
            if (waiting.visibleAt().isAfter(now)) {
                continue;
            }
            if (waiting.receives() >= maxReceives) {
                iterator.remove();
                deadLetters.add(job.getKey());
                continue;
            }
            Waiting out = new Waiting(
                    now.plus(visibility),
                    waiting.receives() + 1,
                    UUID.randomUUID().toString());
            job.setValue(out);
            handedOut.add(new JobDelivery(job.getKey(), out.receipt(), out.receives()));
        }
        return handedOut;
    }

    @Override
    public synchronized void acknowledge(JobDelivery delivery) {
        if (current(delivery)) {
            jobs.remove(delivery.jobId());
        }
    }

    @Override
    public synchronized void extend(JobDelivery delivery, Duration visibility) {
        if (current(delivery)) {
            Waiting waiting = jobs.get(delivery.jobId());
            jobs.put(
                    delivery.jobId(),
                    new Waiting(clock.instant().plus(visibility), waiting.receives(), waiting.receipt()));
        }
    }

    @Override
    public synchronized void release(JobDelivery delivery, Duration delay) {
        if (current(delivery)) {
            Waiting waiting = jobs.get(delivery.jobId());
            jobs.put(delivery.jobId(), new Waiting(clock.instant().plus(delay), waiting.receives(), null));
        }
    }

    /** Jobs handed out too often, in the order they were given up on. */
    public synchronized List<JobId> deadLetters() {
        return List.copyOf(deadLetters);
    }

    /** Jobs waiting or handed out and not yet settled. */
    public synchronized int unsettled() {
        return jobs.size();
    }

    private boolean current(JobDelivery delivery) {
        Waiting waiting = jobs.get(delivery.jobId());
        return waiting != null && delivery.receipt().equals(waiting.receipt());
    }
}

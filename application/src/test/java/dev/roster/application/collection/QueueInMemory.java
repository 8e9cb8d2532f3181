package dev.roster.application.collection;

import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.domain.job.JobId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A job queue for use-case tests: first in, first out, acknowledged on receipt's word. Test sources only. */
final class QueueInMemory implements JobQueue {

    private final Deque<JobId> waiting = new ArrayDeque<>();
    private final List<JobId> enqueued = new ArrayList<>();
    private final List<JobId> acknowledged = new ArrayList<>();

    @Override
    public synchronized void enqueue(JobId job) {
        waiting.add(job);
        enqueued.add(job);
    }

    @Override
    public synchronized List<JobDelivery> receive(int max, Duration visibility) {
        List<JobDelivery> out = new ArrayList<>();
        while (out.size() < max && !waiting.isEmpty()) {
            JobId job = waiting.poll();
            out.add(new JobDelivery(job, job.value(), 1));
        }
        return out;
    }

    @Override
    public synchronized void acknowledge(JobDelivery delivery) {
        acknowledged.add(delivery.jobId());
    }

    @Override
    public synchronized void release(JobDelivery delivery, Duration delay) {
        waiting.add(delivery.jobId());
    }

    synchronized List<JobId> enqueued() {
        return List.copyOf(enqueued);
    }

    synchronized List<JobId> acknowledged() {
        return List.copyOf(acknowledged);
    }
}

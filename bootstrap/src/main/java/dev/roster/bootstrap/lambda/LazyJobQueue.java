package dev.roster.bootstrap.lambda;

import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.domain.job.JobId;
import java.time.Duration;
import java.util.List;

/** The SQS job queue, its client built on first use: only requests that queue a job need it (see LazyFileStore). */
final class LazyJobQueue implements JobQueue {

    private final OnFirstUse<JobQueue> queue;

    LazyJobQueue(OnFirstUse<JobQueue> queue) {
        this.queue = queue;
    }

    @Override
    public void enqueue(JobId job) {
        queue.get().enqueue(job);
    }

    @Override
    public List<JobDelivery> receive(int max, Duration visibility) {
        return queue.get().receive(max, visibility);
    }

    @Override
    public void acknowledge(JobDelivery delivery) {
        queue.get().acknowledge(delivery);
    }

    @Override
    public void extend(JobDelivery delivery, Duration visibility) {
        queue.get().extend(delivery, visibility);
    }

    @Override
    public void release(JobDelivery delivery, Duration delay) {
        queue.get().release(delivery, delay);
    }
}

package dev.roster.application.fakes;

import dev.roster.application.port.JobQueue;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.JobQueueContract;
import dev.roster.domain.job.JobId;
import java.time.Clock;
import java.util.List;

class InMemoryJobQueueTest extends JobQueueContract {

    @Override
    protected JobQueue emptyQueue(int maxReceives, Clock clock) {
        return new InMemoryJobQueue(clock, maxReceives);
    }

    @Override
    protected List<JobId> deadLetters(JobQueue queue) {
        return ((InMemoryJobQueue) queue).deadLetters();
    }
}

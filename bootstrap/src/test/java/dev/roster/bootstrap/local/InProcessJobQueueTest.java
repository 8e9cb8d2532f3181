package dev.roster.bootstrap.local;

import dev.roster.application.port.JobQueue;
import dev.roster.application.testkit.JobQueueContract;
import dev.roster.domain.job.JobId;
import java.time.Clock;
import java.util.List;

class InProcessJobQueueTest extends JobQueueContract {

    @Override
    protected JobQueue emptyQueue(int maxReceives, Clock clock) {
        return new InProcessJobQueue(clock, maxReceives);
    }

    @Override
    protected List<JobId> deadLetters(JobQueue queue) {
        return ((InProcessJobQueue) queue).deadLetters();
    }
}

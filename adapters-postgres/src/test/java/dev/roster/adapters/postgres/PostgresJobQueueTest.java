package dev.roster.adapters.postgres;

import dev.roster.application.port.JobQueue;
import dev.roster.application.testkit.JobQueueContract;
import dev.roster.domain.job.JobId;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The job queue contract against a real PostgreSQL; each test gets a queue of its own name. */
class PostgresJobQueueTest extends JobQueueContract {

    @Override
    protected JobQueue emptyQueue(int maxReceives, Clock clock) {
        String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return new PostgresJobQueue(TestDatabase.shared().pool(), new JobQueueSettings(name, maxReceives), clock);
    }

    @Override
    protected List<JobId> deadLetters(JobQueue queue) {
        return ((PostgresJobQueue) queue).deadLetters();
    }
}

package dev.roster.adapters.postgres;

import dev.roster.application.port.JobQueue;
import dev.roster.application.testkit.JobQueueContract;
import java.util.UUID;

/** The job queue contract against a real PostgreSQL; each test gets a queue of its own name. */
class PostgresJobQueueTest extends JobQueueContract {

    @Override
    protected JobQueue emptyQueue(int maxReceives) {
        String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return new PostgresJobQueue(TestDatabase.shared().pool(), new JobQueueSettings(name, maxReceives));
    }
}

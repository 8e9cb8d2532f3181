package dev.roster.application.fakes;

import dev.roster.application.port.JobQueue;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.JobQueueContract;
import java.time.Clock;

class InMemoryJobQueueTest extends JobQueueContract {

    @Override
    protected JobQueue emptyQueue(int maxReceives) {
        return new InMemoryJobQueue(Clock.systemUTC(), maxReceives);
    }
}

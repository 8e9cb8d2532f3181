package dev.roster.bootstrap.local;

import dev.roster.application.port.JobQueue;
import dev.roster.application.testkit.JobQueueContract;
import java.time.Clock;

class InProcessJobQueueTest extends JobQueueContract {

    @Override
    protected JobQueue emptyQueue(int maxReceives) {
        return new InProcessJobQueue(Clock.systemUTC(), maxReceives);
    }
}

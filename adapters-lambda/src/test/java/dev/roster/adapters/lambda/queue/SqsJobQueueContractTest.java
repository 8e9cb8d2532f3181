package dev.roster.adapters.lambda.queue;

import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.application.testkit.JobQueueContract;
import dev.roster.domain.job.JobId;
import java.time.Clock;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job queue contract against ElasticMQ: one server for the class, telling the time by the contract's clock, and a
 * fresh queue and dead-letter queue per test. No long polling here: the contract checks that a job stays hidden right
 * after it was received, and a long poll would wait for it to come back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqsJobQueueContractTest extends JobQueueContract {

    @RegisterExtension
    final ElasticMqServer server = new ElasticMqServer();

    private final Map<JobQueue, String> deadLetterQueues = new IdentityHashMap<>();

    @Override
    protected JobQueue emptyQueue(int maxReceives, Clock clock) {
        server.tellTimeBy(clock);
        SqsQueuePair queues = server.newQueues(maxReceives);
        JobQueue queue = new SqsJobQueue(server.sqs(), new SqsQueueSettings(queues.queueUrl(), Duration.ZERO));
        deadLetterQueues.put(queue, queues.deadLetterQueueUrl());
        return queue;
    }

    /** What SQS moved to the dead-letter queue by the redrive policy. */
    @Override
    protected List<JobId> deadLetters(JobQueue queue) {
        SqsJobQueue deadLetters =
                new SqsJobQueue(server.sqs(), new SqsQueueSettings(deadLetterQueues.get(queue), Duration.ZERO));
        return deadLetters.receive(10, Duration.ofMinutes(5)).stream()
                .map(JobDelivery::jobId)
                .toList();
    }
}

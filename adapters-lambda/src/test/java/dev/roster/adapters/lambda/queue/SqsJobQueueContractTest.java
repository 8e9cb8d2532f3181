package dev.roster.adapters.lambda.queue;

import dev.roster.application.port.JobQueue;
import dev.roster.application.testkit.JobQueueContract;
import java.time.Duration;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job queue contract against ElasticMQ: one server for the class, a fresh queue and dead-letter queue per test.
 * No long polling here: the contract checks that a job stays hidden right after it was received, and a long poll
 * would sit out the short visibility timeout it is given and see the job come back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqsJobQueueContractTest extends JobQueueContract {

    @RegisterExtension
    final ElasticMqServer server = new ElasticMqServer();

    @Override
    protected JobQueue emptyQueue(int maxReceives) {
        String url = server.newQueues(maxReceives).queueUrl();
        return new SqsJobQueue(server.sqs(), new SqsQueueSettings(url, Duration.ZERO));
    }
}

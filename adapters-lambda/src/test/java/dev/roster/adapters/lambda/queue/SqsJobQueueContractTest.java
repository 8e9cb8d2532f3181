package dev.roster.adapters.lambda.queue;

import dev.roster.adapters.lambda.aws.AwsClients;
import dev.roster.application.port.JobQueue;
import dev.roster.application.testkit.JobQueueContract;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The job queue contract against ElasticMQ: one server for the class, a fresh queue and dead-letter queue per test.
 * No long polling here: the contract checks that a job stays hidden right after it was received, and a long poll
 * would sit out the short visibility timeout it is given and see the job come back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqsJobQueueContractTest extends JobQueueContract {

    private ElasticMqServer server;
    private SqsClient sqs;

    @BeforeAll
    void startServer() {
        server = new ElasticMqServer();
        sqs = AwsClients.sqs(server.settings());
    }

    @AfterAll
    void stopServer() {
        sqs.close();
        server.close();
    }

    @Override
    protected JobQueue emptyQueue(int maxReceives) {
        SqsQueuePair queues = SqsQueues.create(sqs, "jobs-" + UUID.randomUUID(), maxReceives);
        return new SqsJobQueue(sqs, new SqsQueueSettings(queues.queueUrl(), Duration.ZERO));
    }
}

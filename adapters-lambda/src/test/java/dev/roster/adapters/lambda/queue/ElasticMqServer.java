package dev.roster.adapters.lambda.queue;

import dev.roster.adapters.lambda.aws.AwsClientSettings;
import dev.roster.adapters.lambda.aws.AwsClients;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.elasticmq.StrictSQSLimits$;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.util.NowProvider;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import scala.Option;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * An ElasticMQ SQS server on a free loopback port for one test class, with a client for it. Register it on an
 * instance field of a {@code PER_CLASS} test. The server tells the time by the clock a test gives it
 * ({@link #tellTimeBy}), so visibility timeouts and delays pass when the test steps that clock, not by sleeping.
 */
final class ElasticMqServer implements BeforeAllCallback, AfterAllCallback {

    /**
     * ElasticMQ stamps a message that is sent with the system's clock, not the one it is given: its server time runs
     * this far ahead of the test's clock, so that a message sent during a test is ready at once, as on SQS.
     */
    private static final Duration AHEAD = Duration.ofHours(1);

    private final AtomicReference<Clock> clock = new AtomicReference<>(Clock.systemUTC());
    private final AtomicLong timeReads = new AtomicLong();
    private ActorSystem actors;
    private SQSRestServer server;
    private SqsClient sqs;

    @Override
    public void beforeAll(ExtensionContext context) {
        actors = ActorSystem.create("elasticmq-" + UUID.randomUUID());
        NowProvider now = new ClockNow(clock, timeReads);
        ActorRef queues = actors.actorOf(Props.create(
                QueueManagerActor.class, () -> new QueueManagerActor(now, StrictSQSLimits$.MODULE$, Option.empty())));
        server = SQSRestServerBuilder.withActorSystem(actors)
                .withQueueManagerActor(queues)
                .withPort(0)
                .withInterface("127.0.0.1")
                .start();
        int port = server.waitUntilStarted().localAddress().getPort();
        // ElasticMQ accepts any keys; the SDK still signs, so it needs some
        sqs = AwsClients.sqs(
                AwsClientSettings.endpoint(URI.create("http://127.0.0.1:" + port), Region.US_EAST_1, "x", "x"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sqs.close();
        server.stopAndWait();
        actors.terminate();
    }

    SqsClient sqs() {
        return sqs;
    }

    /** From now on the server tells the time by {@code clock} (ahead of it by {@link #AHEAD}). */
    void tellTimeBy(Clock clock) {
        this.clock.set(Clock.offset(clock, AHEAD));
    }

    /** How often the server has asked the time: it does so for each request that looks at a queue's messages. */
    long timeReads() {
        return timeReads.get();
    }

    /** A queue and its dead-letter queue of their own, so a test sees nothing another left behind. */
    SqsQueuePair newQueues(int maxReceives) {
        return SqsQueues.create(sqs, "jobs-" + UUID.randomUUID(), maxReceives);
    }

    /** ElasticMQ's source of the time, reading the test's clock. */
    private static final class ClockNow extends NowProvider {

        private final AtomicReference<Clock> clock;
        private final AtomicLong reads;

        ClockNow(AtomicReference<Clock> clock, AtomicLong reads) {
            this.clock = clock;
            this.reads = reads;
        }

        @Override
        public long nowMillis() {
            reads.incrementAndGet();
            return clock.get().millis();
        }

        @Override
        public OffsetDateTime now() {
            reads.incrementAndGet();
            return OffsetDateTime.ofInstant(clock.get().instant(), ZoneOffset.UTC);
        }
    }
}

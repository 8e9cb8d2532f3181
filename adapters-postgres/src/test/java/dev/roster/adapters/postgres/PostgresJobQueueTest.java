package dev.roster.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.application.testkit.JobQueueContract;
import dev.roster.application.testkit.ManualClock;
import dev.roster.domain.job.JobId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

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

    @Test
    void aServerAloneOnItsQueueTakesUpAtOnceWhatTheOneBeforeItHeldWhenItWasKilled() {
        ManualClock clock = ManualClock.startingNow();
        PostgresJobQueue queue = (PostgresJobQueue) emptyQueue(5, clock);
        PostgresJobQueue otherQueue = (PostgresJobQueue) emptyQueue(5, clock);
        JobId held = JobId.next(clock.instant());
        JobId waiting = JobId.next(clock.instant());
        JobId elsewhere = JobId.next(clock.instant());
        queue.enqueue(held);
        otherQueue.enqueue(elsewhere);
        JobDelivery killedWorker = queue.receive(1, Duration.ofMinutes(15)).get(0);
        otherQueue.receive(1, Duration.ofMinutes(15));
        queue.enqueue(waiting);

        assertThat(queue.releaseAllHeld()).isEqualTo(1);

        List<JobDelivery> resumed = queue.receive(10, Duration.ofMinutes(1));
        assertThat(resumed).extracting(JobDelivery::jobId).containsExactlyInAnyOrder(held, waiting);
        assertThat(resumed)
                .filteredOn(delivery -> delivery.jobId().equals(held))
                .singleElement()
                .extracting(JobDelivery::receiveCount)
                .isEqualTo(2);
        assertThat(otherQueue.receive(10, Duration.ofMinutes(1)))
                .as("another queue's jobs stay held")
                .isEmpty();
        queue.acknowledge(killedWorker);
        clock.advance(Duration.ofMinutes(2));
        assertThat(queue.receive(10, Duration.ofMinutes(1)))
                .as("the killed worker's receipt settled nothing")
                .extracting(JobDelivery::jobId)
                .contains(held);
    }
}

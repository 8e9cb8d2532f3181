package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.domain.job.JobId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link JobQueue}: at-least-once delivery, hidden while being worked on, handed out again when a
 * worker goes quiet, dead-lettered after too many tries. Time passes only when a test moves the queue's clock, so
 * "after the timeout" is a step taken, never a sleep that may or may not have been long enough.
 */
public abstract class JobQueueContract {

    /** Long enough that a delivery never reappears during a test step. */
    private static final Duration LONG = Duration.ofSeconds(30);

    private static final Duration SHORT = Duration.ofSeconds(1);
    private static final Duration A_LITTLE = Duration.ofMillis(100);

    private final ManualClock clock = ManualClock.startingNow();

    /**
     * An empty queue that dead-letters a job handed out more than {@code maxReceives} times, and tells the time by
     * {@code clock} (a queue kept by a server of its own has that server tell it by the same clock).
     */
    protected abstract JobQueue emptyQueue(int maxReceives, Clock clock);

    /** The jobs {@code queue} gave up on and set aside for an operator, in any order. */
    protected abstract List<JobId> deadLetters(JobQueue queue);

    @Test
    void handsAnEnqueuedJobOutAndNeverAgainOnceAcknowledged() {
        JobQueue queue = emptyQueue(5, clock);
        JobId job = newJob();
        queue.enqueue(job);

        JobDelivery delivery = receiveOne(queue, SHORT);
        assertThat(delivery.jobId()).isEqualTo(job);
        assertThat(delivery.receiveCount()).isEqualTo(1);
        queue.acknowledge(delivery);

        clock.advance(SHORT.multipliedBy(2));
        assertThat(queue.receive(10, SHORT)).as("past the visibility timeout").isEmpty();
        assertThat(deadLetters(queue)).as("settled, not given up on").isEmpty();
    }

    @Test
    void hidesAJobWhileItIsWorkedOnAndHandsItOutAgainWhenTheWorkerGoesQuiet() {
        JobQueue queue = emptyQueue(5, clock);
        JobId job = newJob();
        queue.enqueue(job);

        JobDelivery first = receiveOne(queue, SHORT);
        assertThat(queue.receive(10, SHORT)).as("hidden while worked on").isEmpty();
        clock.advance(SHORT.minus(A_LITTLE));
        assertThat(queue.receive(10, SHORT))
                .as("hidden until its timeout passes")
                .isEmpty();

        clock.advance(A_LITTLE.multipliedBy(2));
        JobDelivery again = receiveOne(queue, LONG);
        assertThat(again.jobId()).isEqualTo(job);
        assertThat(again.receiveCount()).isEqualTo(first.receiveCount() + 1);
        queue.acknowledge(again);
    }

    @Test
    void aWorkerThatRenewsItsLeaseKeepsTheJobPastItsFirstTimeoutAndOnlyItsOwnDeliveryCanRenewIt() {
        JobQueue queue = emptyQueue(5, clock);
        JobId job = newJob();
        queue.enqueue(job);

        JobDelivery working = receiveOne(queue, SHORT);
        for (int beat = 0; beat < 3; beat++) {
            clock.advance(SHORT.minus(A_LITTLE));
            queue.extend(working, SHORT);
            assertThat(queue.receive(10, SHORT))
                    .as("renewed before it ran out, beat " + beat)
                    .isEmpty();
        }
        clock.advance(SHORT.plus(A_LITTLE));
        JobDelivery takenUp = receiveOne(queue, LONG);
        assertThat(takenUp.jobId()).as("the worker went quiet: taken up again").isEqualTo(job);

        queue.extend(working, LONG.multipliedBy(10));
        clock.advance(LONG.plus(A_LITTLE));
        assertThat(receiveOne(queue, LONG).jobId())
                .as("the stale delivery did not renew the new one's lease")
                .isEqualTo(job);
    }

    @Test
    void aReleasedJobComesBackForAnotherTry() {
        JobQueue queue = emptyQueue(5, clock);
        JobId job = newJob();
        queue.enqueue(job);

        queue.release(receiveOne(queue, LONG), Duration.ZERO);

        JobDelivery retry = receiveOne(queue, LONG);
        assertThat(retry.jobId()).isEqualTo(job);
        assertThat(retry.receiveCount()).isEqualTo(2);
    }

    @Test
    void aJobReleasedWithADelayStaysHiddenUntilTheDelayHasPassed() {
        JobQueue queue = emptyQueue(5, clock);
        JobId job = newJob();
        queue.enqueue(job);

        queue.release(receiveOne(queue, LONG), SHORT.multipliedBy(2));
        assertThat(queue.receive(10, LONG)).as("right after release").isEmpty();
        clock.advance(SHORT.multipliedBy(2).minus(A_LITTLE));
        assertThat(queue.receive(10, LONG)).as("just before the delay ends").isEmpty();

        clock.advance(A_LITTLE.multipliedBy(2));
        assertThat(receiveOne(queue, LONG).jobId()).isEqualTo(job);
    }

    @Test
    void aJobTriedTooOftenIsDeadLetteredInsteadOfHandedOutAgain() {
        JobQueue queue = emptyQueue(2, clock);
        JobId job = newJob();
        queue.enqueue(job);

        queue.release(receiveOne(queue, LONG), Duration.ZERO);
        queue.release(receiveOne(queue, LONG), Duration.ZERO);

        assertThat(queue.receive(10, LONG)).as("a third time").isEmpty();
        clock.advance(LONG.multipliedBy(2));
        assertThat(queue.receive(10, LONG)).as("ever again").isEmpty();
        assertThat(deadLetters(queue)).containsExactly(job);
    }

    @Test
    void concurrentWorkersNeverGetTheSameJobTwice() throws Exception {
        JobQueue queue = emptyQueue(5, clock);
        Set<JobId> enqueued = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            JobId job = newJob();
            enqueued.add(job);
            queue.enqueue(job);
        }
        List<JobId> received = Collections.synchronizedList(new ArrayList<>());

        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                running.add(workers.submit(() -> {
                    Instant giveUp = Instant.now().plusSeconds(20);
                    while (received.size() < enqueued.size() && Instant.now().isBefore(giveUp)) {
                        for (JobDelivery delivery : queue.receive(5, LONG)) {
                            received.add(delivery.jobId());
                            queue.acknowledge(delivery);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } finally {
            workers.shutdownNow();
        }

        assertThat(received).doesNotHaveDuplicates();
        assertThat(new HashSet<>(received)).isEqualTo(enqueued);
    }

    @Test
    void neverHandsOutMoreThanAskedFor() {
        JobQueue queue = emptyQueue(5, clock);
        Set<JobId> enqueued = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            JobId job = newJob();
            enqueued.add(job);
            queue.enqueue(job);
        }

        // A queue may hand out fewer than asked (SQS samples its servers), never more; every job comes out in the end.
        List<JobId> received = new ArrayList<>();
        Instant giveUp = Instant.now().plusSeconds(10);
        while (received.size() < enqueued.size() && Instant.now().isBefore(giveUp)) {
            List<JobDelivery> deliveries = queue.receive(2, LONG);
            assertThat(deliveries).as("one receive").hasSizeLessThanOrEqualTo(2);
            deliveries.forEach(delivery -> received.add(delivery.jobId()));
        }
        assertThat(received).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(enqueued);
    }

    private static JobId newJob() {
        return JobId.next(Instant.now());
    }

    /** Receives until one delivery comes (queues may answer empty now and then), for at most 10 seconds. */
    private static JobDelivery receiveOne(JobQueue queue, Duration visibility) {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(giveUp)) {
            List<JobDelivery> deliveries = queue.receive(1, visibility);
            if (!deliveries.isEmpty()) {
                assertThat(deliveries).hasSize(1);
                return deliveries.get(0);
            }
            pause();
        }
        throw new AssertionError("no job was handed out within 10 seconds");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }
}

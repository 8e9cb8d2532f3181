package dev.roster.adapters.lambda.worker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.roster.adapters.lambda.queue.SqsMessages;
import dev.roster.application.job.DeliveryLease;
import dev.roster.application.job.JobLease;
import dev.roster.application.job.RetryOrGiveUp;
import dev.roster.application.job.RunJob;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.domain.job.JobId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queue worker: runs each job of an SQS batch and reports only the messages to bring back (partial batch
 * response), so one bad job does not bring its neighbours back. Which those are is the core's
 * {@link RetryOrGiveUp}: a job whose dependency was down comes back while deliveries remain; on its last allowed
 * delivery it is recorded as failed and its message is still reported, so that SQS's redrive policy moves it to the
 * dead-letter queue where operators see it. A message that names no job at all is reported every time, so it ends up
 * there too.
 *
 * <p>Given the queue, it holds each message by a short lease ({@link JobLease}) that it renews (extending the message's
 * visibility) as the job reports progress, so a job whose function died comes back within one lease instead of the
 * queue's whole visibility timeout; and when the invocation is about to run out of time it stops the job at its next
 * progress report and puts the message back at once, for the next invocation to resume.
 */
public final class QueueWorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    /** Time left to an invocation below which a job is stopped and put back rather than cut off mid-batch. */
    static final Duration STOP_MARGIN = Duration.ofSeconds(30);

    private final RunJob work;
    private final RetryOrGiveUp policy;
    private final JobQueue queue;
    private final JobLease lease;
    private final Clock clock;

    /**
     * @param work        runs a job by id, skipping one that already finished (SQS delivers at least once)
     * @param maxReceives the queue's redrive {@code maxReceiveCount}: deliveries before the dead-letter queue
     */
    public QueueWorkerHandler(RunJob work, int maxReceives) {
        this(work, maxReceives, null, JobLease.DEFAULT, Clock.systemUTC());
    }

    /** @param queue the queue the messages come from, whose visibility the worker extends; null: leave it be */
    public QueueWorkerHandler(RunJob work, int maxReceives, JobQueue queue, JobLease lease, Clock clock) {
        if (maxReceives < 1) {
            throw new IllegalArgumentException("maxReceives must be at least 1: " + maxReceives);
        }
        this.work = work;
        this.policy = new RetryOrGiveUp(maxReceives);
        this.queue = queue;
        this.lease = lease;
        this.clock = clock;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> messages =
                event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : messages) {
            if (!handled(message, context)) {
                failures.add(SQSBatchResponse.BatchItemFailure.builder()
                        .withItemIdentifier(message.getMessageId())
                        .build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    /** False when the message should come back. */
    private boolean handled(SQSEvent.SQSMessage message, Context context) {
        Optional<JobId> job =
                JobId.parse(message.getBody() == null ? "" : message.getBody().strip());
        if (job.isEmpty()) {
            log(context, "message " + message.getMessageId() + " names no job; it goes to the dead-letter queue");
            return false;
        }
        int receives = receiveCount(message.getAttributes());
        Optional<JobDelivery> delivery = queue == null
                ? Optional.empty()
                : SqsMessages.delivery(message.getReceiptHandle(), message.getBody(), String.valueOf(receives));
        Throwable failure = null;
        try {
            // Succeeded, failed for good or already done: the message has done its work.
            RunJob.Lease held = delivery.<RunJob.Lease>map(
                            taken -> new DeliveryLease(queue, taken, lease, clock, () -> outOfTime(context)))
                    .orElse(RunJob.Lease.NONE);
            if (work.run(job.get(), held) == RunJob.Outcome.STOPPED) {
                log(context, "job " + job.get() + " stopped before the invocation's time ran out; it resumes next");
                delivery.ifPresent(stopped -> queue.release(stopped, Duration.ZERO));
                return false;
            }
        } catch (RuntimeException | Error failed) {
            // Out of memory included: a bug is recorded as failed already; the rest of the batch still runs.
            log(
                    context,
                    "job " + job.get() + " failed on delivery " + receives + " of " + policy.attempts() + ": " + failed,
                    failed);
            failure = failed;
        }
        return switch (policy.after(failure, receives)) {
            case DONE -> true;
            case TRY_AGAIN -> false;
            case GIVE_UP -> {
                abandon(job.get(), policy.reason(failure, receives), context);
                yield false;
            }
        };
    }

    /** A context that knows no deadline (a test's, saying 0 or less) never runs out of time. */
    private static boolean outOfTime(Context context) {
        if (context == null) {
            return false;
        }
        int left = context.getRemainingTimeInMillis();
        return left > 0 && left < STOP_MARGIN.toMillis();
    }

    /** Best effort: when even that fails, the message still goes to the dead-letter queue to be looked at. */
    private void abandon(JobId job, String reason, Context context) {
        try {
            work.abandon(job, reason);
        } catch (RuntimeException failed) {
            log(context, "could not record job " + job + " as failed: " + failed);
        }
    }

    private static int receiveCount(Map<String, String> attributes) {
        String count = attributes == null ? null : attributes.get("ApproximateReceiveCount");
        try {
            return count == null ? 1 : Integer.parseInt(count.strip());
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }

    private static void log(Context context, String line) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line + "\n");
        } else {
            System.err.println(line);
        }
    }

    /** An error, its stack trace on the lines after the message (Lambda's logger keeps them in one record). */
    private static void log(Context context, String line, Throwable failed) {
        StringWriter trace = new StringWriter();
        failed.printStackTrace(new PrintWriter(trace));
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line + "\n" + trace, LogLevel.ERROR);
        } else {
            System.err.println(line + "\n" + trace);
        }
    }
}

package dev.roster.adapters.lambda.worker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.roster.application.job.RetryOrGiveUp;
import dev.roster.application.job.RunJob;
import dev.roster.domain.job.JobId;
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
 */
public final class QueueWorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final RunJob work;
    private final RetryOrGiveUp policy;

    /**
     * @param work        runs a job by id, skipping one that already finished (SQS delivers at least once)
     * @param maxReceives the queue's redrive {@code maxReceiveCount}: deliveries before the dead-letter queue
     */
    public QueueWorkerHandler(RunJob work, int maxReceives) {
        if (maxReceives < 1) {
            throw new IllegalArgumentException("maxReceives must be at least 1: " + maxReceives);
        }
        this.work = work;
        this.policy = new RetryOrGiveUp(maxReceives);
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> messages = event == null || event.getRecords() == null ? List.of()
                : event.getRecords();
        for (SQSEvent.SQSMessage message : messages) {
            if (!handled(message, context)) {
                failures.add(SQSBatchResponse.BatchItemFailure.builder()
                        .withItemIdentifier(message.getMessageId()).build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    /** False when the message should come back. */
    private boolean handled(SQSEvent.SQSMessage message, Context context) {
        Optional<JobId> job = JobId.parse(message.getBody() == null ? "" : message.getBody().strip());
        if (job.isEmpty()) {
            log(context, "message " + message.getMessageId() + " names no job; it goes to the dead-letter queue");
            return false;
        }
        int receives = receiveCount(message.getAttributes());
        Throwable failure = null;
        try {
            // Succeeded, failed for good or already done: the message has done its work.
            work.run(job.get());
        } catch (RuntimeException | Error failed) {
            // Out of memory included: a bug is recorded as failed already; the rest of the batch still runs.
            log(context, "job " + job.get() + " failed on delivery " + receives + " of " + policy.attempts() + ": "
                    + failed);
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
}

package dev.roster.application.job;

import dev.roster.application.error.UnavailableException;

/**
 * The policy for a delivered job once its run is over: a job whose dependency was down ({@link UnavailableException},
 * the job left running) is tried again until it has had {@code attempts} deliveries, and on the last one given up on:
 * recorded as failed with {@link #reason}, so nobody waits for it. Anything else (a success, a refusal, a bug that
 * {@link RunJob} recorded as failed) is done with. The one home of this rule: the local worker polling a queue
 * ({@link RunDeliveredJob}) and the Lambda worker fed by SQS both follow it.
 *
 * @param attempts deliveries in all, the first included (the queue's own limit, where it has one)
 */
public record RetryOrGiveUp(int attempts) {

    /** Three deliveries, thirty seconds apart on the local worker: enough to ride out a database restart. */
    public static final RetryOrGiveUp DEFAULT = new RetryOrGiveUp(3);

    /** What becomes of the delivery. */
    public enum Decision {
        /** The job ran to an end: settle the delivery. */
        DONE,
        /** A dependency was down and deliveries remain: let the job come back later. */
        TRY_AGAIN,
        /** A dependency was down on the last allowed delivery: record the job as failed. */
        GIVE_UP
    }

    public RetryOrGiveUp {
        if (attempts < 1) {
            throw new IllegalArgumentException("a job is delivered at least once: " + attempts);
        }
    }

    /**
     * @param failure  what the run threw, or {@code null} when it returned
     * @param delivery how many times the job has been delivered, this time included
     */
    public Decision after(Throwable failure, int delivery) {
        if (!(failure instanceof UnavailableException)) {
            return Decision.DONE;
        }
        return delivery < attempts ? Decision.TRY_AGAIN : Decision.GIVE_UP;
    }

    /** What a job given up on after {@code delivery} deliveries is recorded with. */
    public String reason(Throwable failure, int delivery) {
        return "gave up after " + delivery + " attempts: " + failure.getMessage();
    }
}

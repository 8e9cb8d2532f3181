package dev.roster.application.port;

import dev.roster.domain.job.JobId;
import java.util.Objects;

/**
 * A job handed to one worker by the {@link JobQueue}, hidden from others until acknowledged or its visibility
 * timeout passes.
 *
 * @param receipt      what the queue needs to acknowledge or release this delivery
 * @param receiveCount how many times the job has been handed out, this time included
 */
public record JobDelivery(JobId jobId, String receipt, int receiveCount) {

    public JobDelivery {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(receipt, "receipt");
        if (receiveCount < 1) {
            throw new IllegalArgumentException("a delivered job was received at least once");
        }
    }
}

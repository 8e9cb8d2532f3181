package dev.roster.adapters.postgres;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which queue a {@link PostgresJobQueue} serves and when it gives up on a job.
 *
 * @param name        the queue's name: several queues share the {@code job_queue} table without meeting
 * @param maxReceives how often a job is handed out before it goes to the dead letters instead
 */
public record JobQueueSettings(String name, int maxReceives) {

    public static final String DEFAULT_NAME = "jobs";
    public static final int DEFAULT_MAX_RECEIVES = 5;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,62}");

    public JobQueueSettings {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "queue name must be 1-63 lower-case letters, digits, '_' or '-': " + name);
        }
        if (maxReceives < 1) {
            throw new IllegalArgumentException("a job must be handed out at least once: " + maxReceives);
        }
    }

    /** The queue {@code jobs}, giving up after five tries. */
    public static JobQueueSettings defaults() {
        return new JobQueueSettings(DEFAULT_NAME, DEFAULT_MAX_RECEIVES);
    }
}

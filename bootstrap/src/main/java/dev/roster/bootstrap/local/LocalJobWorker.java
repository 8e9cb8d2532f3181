package dev.roster.bootstrap.local;

import dev.roster.application.job.RunDeliveredJob;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The local server's worker: one thread that takes jobs from the queue and runs them, what an SQS-fed Lambda does on
 * AWS. One at a time is right for a laptop. It holds each delivery by a short lease it renews as the job goes
 * ({@link dev.roster.application.job.JobLease}), so a job whose worker died comes back within one lease; told to stop,
 * it lets the job stop at its next progress report and puts the delivery back, for the next start to resume at once.
 */
public final class LocalJobWorker implements AutoCloseable {

    private final JobQueue queue;
    private final RunDeliveredJob runJob;
    private final Duration visibility;
    private final Duration idlePoll;
    private final PrintStream log;
    private final Thread thread;
    private final Object idle = new Object();
    private volatile boolean running = true;

    private LocalJobWorker(
            JobQueue queue, RunDeliveredJob runJob, Duration visibility, Duration idlePoll, PrintStream log) {
        this.queue = queue;
        this.runJob = runJob;
        this.visibility = visibility;
        this.idlePoll = idlePoll;
        this.log = log;
        this.thread = new Thread(this::work, "roster-job-worker");
        thread.setDaemon(true);
    }

    /**
     * As {@link #start(JobQueue, RunDeliveredJob, Duration, PrintStream)}, receiving each job for {@code visibility}
     * before its first renewal.
     */
    public static LocalJobWorker start(
            JobQueue queue, RunDeliveredJob runJob, Duration visibility, Duration idlePoll, PrintStream log) {
        LocalJobWorker worker = new LocalJobWorker(queue, runJob, visibility, idlePoll, log);
        worker.thread.start();
        return worker;
    }

    /** @param idlePoll how long to wait before asking an empty queue again */
    public static LocalJobWorker start(JobQueue queue, RunDeliveredJob runJob, Duration idlePoll, PrintStream log) {
        LocalJobWorker worker = new LocalJobWorker(queue, runJob, runJob.lease().length(), idlePoll, log);
        worker.thread.start();
        return worker;
    }

    private void work() {
        while (running) {
            try {
                List<JobDelivery> deliveries = queue.receive(1, visibility);
                if (deliveries.isEmpty()) {
                    rest(idlePoll);
                }
                for (JobDelivery delivery : deliveries) {
                    if (runJob.run(delivery, () -> !running) == RunDeliveredJob.Outcome.STOPPED) {
                        log.println("job worker: stopped job " + delivery.jobId() + " for the next start to resume");
                    }
                }
            } catch (RuntimeException | Error failed) {
                // The job is marked failed (or left for its next try); the worker goes on with the next one, after
                // a pause in case the failure was the queue itself (the database down). Out of memory too: the job's
                // objects went with it, and one hostile workbook must not stop every later import.
                log.println("job worker: " + failed);
                rest(idlePoll.compareTo(Duration.ofSeconds(1)) > 0 ? idlePoll : Duration.ofSeconds(1));
            }
        }
    }

    /** Waits, unless told to stop meanwhile; never interrupts, which would break a job's database calls. */
    private void rest(Duration pause) {
        synchronized (idle) {
            if (running) {
                try {
                    idle.wait(pause.toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }

    /**
     * Stops taking jobs; the one in progress stops at its next progress report (its work so far saved) and is put back
     * on the queue. Waits a while for that; a job that does not report by then comes back when its lease runs out.
     */
    @Override
    public void close() throws InterruptedException {
        synchronized (idle) {
            running = false;
            idle.notifyAll();
        }
        thread.join(Duration.ofSeconds(30).toMillis());
    }
}

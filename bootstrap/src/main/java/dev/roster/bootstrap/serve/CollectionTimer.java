package dev.roster.bootstrap.serve;

import dev.roster.application.Roster;
import dev.roster.application.collection.ScheduleCollection;
import dev.roster.application.job.RunDeliveredJob;
import dev.roster.application.port.JobQueue;
import dev.roster.bootstrap.local.LocalJobWorker;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Collection inside {@code roster serve}: a timer that queues what is due on every platform the server collects, and
 * workers that run the queued jobs, the way the scheduler and worker functions do on AWS.
 */
public final class CollectionTimer implements AutoCloseable {

    private static final Duration IDLE = Duration.ofSeconds(1);

    private final ScheduledExecutorService timer;
    private final List<LocalJobWorker> workers;

    private CollectionTimer(ScheduledExecutorService timer, List<LocalJobWorker> workers) {
        this.timer = timer;
        this.workers = workers;
    }

    public static CollectionTimer start(
            Roster roster, JobQueue queue, Duration tick, int workerCount, PrintStream log) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "roster-collect-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> schedule(roster, log), 0, tick.toMillis(), TimeUnit.MILLISECONDS);
        RunDeliveredJob run = roster.jobs().deliveredBy(queue);
        List<LocalJobWorker> workers = new ArrayList<>();
        for (int i = 0; i < workerCount; i++) {
            workers.add(LocalJobWorker.start(queue, run, IDLE, log));
        }
        return new CollectionTimer(timer, workers);
    }

    private static void schedule(Roster roster, PrintStream log) {
        try {
            List<ScheduleCollection.Scheduled> runs = roster.collection().scheduleAllDue();
            runs.stream()
                    .filter(run -> run.accounts() > 0)
                    .forEach(run -> log.println("collection: queued "
                            + run.accounts() + " accounts of platform " + run.platform() + " in "
                            + run.jobs().size()
                            + " jobs"));
        } catch (RuntimeException failed) {
            // The next tick tries again; a timer that died would stop collecting for good.
            log.println("collection: scheduling failed, trying again on the next tick: " + failed);
        }
    }

    /** Stops queuing and stops the workers; a job cut short is handed out again by the queue. */
    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        for (LocalJobWorker worker : workers) {
            worker.close();
        }
    }
}

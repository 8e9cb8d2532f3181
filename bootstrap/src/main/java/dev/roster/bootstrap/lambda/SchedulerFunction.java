package dev.roster.bootstrap.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.roster.application.collection.ScheduleCollection;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scheduler function, which EventBridge Scheduler invokes on a timetable: queues collection of every account that
 * is due, in batches, for the worker function. A repeated invocation queues nothing twice: due accounts are claimed
 * for the platform's interval when queued. Platforms left to the office collector (those read with a browser among
 * them) are never queued here; the answer names them, so that a manual invocation shows why. It writes one line of
 * what it queued and the accounts queued per platform as metrics.
 */
public final class SchedulerFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final String LOGGER = "roster.scheduler";

    private final LambdaWiring wiring;
    private final LambdaLog log;
    private final Clock clock = Clock.systemUTC();

    /** The constructor Lambda calls: the deployment its environment names. */
    public SchedulerFunction() {
        this(LambdaLog.ofThisProcess(), LambdaSettings.of(System.getenv(), LambdaVariable.Function.SCHEDULER));
    }

    private SchedulerFunction(LambdaLog log, LambdaSettings settings) {
        this(LambdaWiring.fromEnvironment(settings), log);
    }

    SchedulerFunction(LambdaWiring wiring) {
        this(wiring, new PrintStream(PrintStream.nullOutputStream()));
    }

    /** @param out where its lines go (standard output on Lambda) */
    SchedulerFunction(LambdaWiring wiring, PrintStream out) {
        this(wiring, new LambdaLog(out, LambdaLog::currentTraceHeader, Clock.systemUTC()));
    }

    private SchedulerFunction(LambdaWiring wiring, LambdaLog log) {
        this.wiring = wiring;
        this.log = log;
        wiring.awaitDynamo();
    }

    /** @param event what the schedule sends ({@code scheduledTime} and the like); only logged */
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        log.invocation(context == null ? null : context.getAwsRequestId());
        List<ScheduleCollection.Scheduled> runs;
        try {
            runs = wiring.roster().collection().scheduleAllDue();
        } catch (RuntimeException | Error failed) {
            log.warn(LOGGER, "scheduling failed: " + failed, failed);
            throw failed;
        } finally {
            wiring.meter().flush(log, clock.instant());
        }
        Map<String, Object> queued = new LinkedHashMap<>();
        runs.forEach(run -> queued.put(run.platform().toString(), run.accounts()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scheduledTime", event == null ? null : event.get("scheduledTime"));
        result.put("queuedAccounts", queued);
        result.put(
                "leftToTheOfficeCollector",
                wiring.platforms().collectedByTheOffice().stream()
                        .map(Object::toString)
                        .toList());
        log.info(LOGGER, "queued " + queued + " for collection", result);
        return result;
    }
}

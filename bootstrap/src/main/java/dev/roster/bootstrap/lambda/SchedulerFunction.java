package dev.roster.bootstrap.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.roster.application.collection.ScheduleCollection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scheduler function, which EventBridge Scheduler invokes on a timetable: queues collection of every account that
 * is due, in batches, for the worker function. A repeated invocation queues nothing twice: due accounts are claimed
 * for the platform's interval when queued. Platforms left to the office collector (those read with a browser among
 * them) are never queued here; the answer names them, so that a manual invocation shows why.
 */
public final class SchedulerFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final LambdaWiring wiring;

    /** The constructor Lambda calls: the deployment its environment names. */
    public SchedulerFunction() {
        this(LambdaWiring.fromEnvironment(LambdaSettings.of(System.getenv(), LambdaVariable.Function.SCHEDULER)));
    }

    SchedulerFunction(LambdaWiring wiring) {
        this.wiring = wiring;
        wiring.awaitDynamo();
    }

    /** @param event what the schedule sends ({@code scheduledTime} and the like); only logged */
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        List<ScheduleCollection.Scheduled> runs = wiring.roster().collection().scheduleAllDue();
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
        return result;
    }
}

package dev.roster.bootstrap.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.roster.adapters.lambda.worker.QueueWorkerHandler;
import dev.roster.application.job.JobLease;
import dev.roster.domain.job.JobId;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker function: runs the jobs SQS hands it (imports, metric collection), reporting partial batch failures. Each
 * job is run on its own, so that every line written while it runs carries its id, and what it counted is written as
 * one set of metric documents when it ends.
 */
public final class WorkerFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final String LOGGER = "roster.worker";

    private final QueueWorkerHandler handler;
    private final LambdaWiring wiring;
    private final LambdaLog log;
    private final Clock clock = Clock.systemUTC();

    /** The constructor Lambda calls: the deployment its environment names. */
    public WorkerFunction() {
        this(LambdaLog.ofThisProcess(), LambdaSettings.of(System.getenv(), LambdaVariable.Function.WORKER));
    }

    private WorkerFunction(LambdaLog log, LambdaSettings settings) {
        this(LambdaWiring.fromEnvironment(settings), settings, log);
    }

    /** @param out where its lines go (standard output on Lambda) */
    WorkerFunction(LambdaWiring wiring, LambdaSettings settings, PrintStream out) {
        this(wiring, settings, new LambdaLog(out, LambdaLog::currentTraceHeader, Clock.systemUTC()));
    }

    private WorkerFunction(LambdaWiring wiring, LambdaSettings settings, LambdaLog log) {
        this.wiring = wiring;
        this.log = log;
        handler = new QueueWorkerHandler(
                wiring.roster().jobs().runner(),
                settings.jobsMaxReceives(),
                new LazyJobQueue(wiring.sqs()),
                JobLease.DEFAULT,
                clock);
        wiring.awaitDynamo();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        log.invocation(context == null ? null : context.getAwsRequestId());
        Context logging = new LoggingContext(context, log.lambdaLogger(LOGGER));
        List<SQSEvent.SQSMessage> messages =
                event == null || event.getRecords() == null ? List.of() : event.getRecords();
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : messages) {
            log.job(JobId.parse(
                            message.getBody() == null ? "" : message.getBody().strip())
                    .map(JobId::value)
                    .orElse(null));
            SQSEvent one = new SQSEvent();
            one.setRecords(List.of(message));
            try {
                failures.addAll(handler.handleRequest(one, logging).getBatchItemFailures());
            } catch (RuntimeException | Error unexpected) {
                log.warn(LOGGER, "the worker failed: " + unexpected, unexpected);
                throw unexpected;
            } finally {
                wiring.meter().flush(log, clock.instant());
                log.job(null);
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }
}

package dev.roster.bootstrap.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.roster.adapters.lambda.worker.QueueWorkerHandler;
import dev.roster.application.job.JobLease;
import java.time.Clock;

/** The worker function: runs the jobs SQS hands it (imports, metric collection), reporting partial batch failures. */
public final class WorkerFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final QueueWorkerHandler handler;

    /** The constructor Lambda calls: the deployment its environment names. */
    public WorkerFunction() {
        this(LambdaSettings.of(System.getenv(), LambdaVariable.Function.WORKER));
    }

    private WorkerFunction(LambdaSettings settings) {
        this(LambdaWiring.fromEnvironment(settings), settings);
    }

    WorkerFunction(LambdaWiring wiring, LambdaSettings settings) {
        handler = new QueueWorkerHandler(
                wiring.roster().jobs().runner(),
                settings.jobsMaxReceives(),
                new LazyJobQueue(wiring.sqs()),
                JobLease.DEFAULT,
                Clock.systemUTC());
        wiring.awaitDynamo();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return handler.handleRequest(event, context);
    }
}

package dev.roster.bootstrap.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * Lambda's context as given (or none, in a test), but for its logger: code that logs through the context (the queue
 * worker) writes the function's own lines, with its ids. Without a context the invocation knows no deadline.
 */
record LoggingContext(Context given, LambdaLogger logger) implements Context {

    @Override
    public String getAwsRequestId() {
        return given == null ? null : given.getAwsRequestId();
    }

    @Override
    public String getLogGroupName() {
        return given == null ? null : given.getLogGroupName();
    }

    @Override
    public String getLogStreamName() {
        return given == null ? null : given.getLogStreamName();
    }

    @Override
    public String getFunctionName() {
        return given == null ? null : given.getFunctionName();
    }

    @Override
    public String getFunctionVersion() {
        return given == null ? null : given.getFunctionVersion();
    }

    @Override
    public String getInvokedFunctionArn() {
        return given == null ? null : given.getInvokedFunctionArn();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return given == null ? null : given.getIdentity();
    }

    @Override
    public ClientContext getClientContext() {
        return given == null ? null : given.getClientContext();
    }

    @Override
    public int getRemainingTimeInMillis() {
        return given == null ? 0 : given.getRemainingTimeInMillis();
    }

    @Override
    public int getMemoryLimitInMB() {
        return given == null ? 0 : given.getMemoryLimitInMB();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}

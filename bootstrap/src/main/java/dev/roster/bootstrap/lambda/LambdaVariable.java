package dev.roster.bootstrap.lambda;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The environment variables the Lambda functions read, and which function reads each. The Terraform under
 * {@code deploy/terraform} sets exactly these; a test holds the two together.
 */
public enum LambdaVariable {
    DYNAMODB_TABLE_PREFIX("ROSTER_DYNAMODB_TABLE_PREFIX", true, Function.values()),
    FILES_BUCKET("ROSTER_FILES_BUCKET", true, Function.values()),
    JOBS_QUEUE_URL("ROSTER_JOBS_QUEUE_URL", true, Function.values()),
    PHONE_REGION("ROSTER_PHONE_REGION", false, Function.values()),
    /** Every function: the API validates against the platforms, the scheduler and the worker collect them. */
    PLATFORMS_FILE("ROSTER_PLATFORMS_FILE", false, Function.values()),
    ALLOWED_CIDRS("ROSTER_ALLOWED_CIDRS", true, Function.API),
    TRUSTED_PROXIES("ROSTER_TRUSTED_PROXIES", false, Function.API),
    IMPORT_SYNC_ROWS("ROSTER_IMPORT_SYNC_ROWS", false, Function.API),
    JOBS_MAX_RECEIVES("ROSTER_JOBS_MAX_RECEIVES", true, Function.WORKER),
    COLLECT_MAX_BYTES("ROSTER_COLLECT_MAX_BYTES", false, Function.WORKER);

    /** The three functions of the Lambda artifact. */
    public enum Function {
        API,
        WORKER,
        SCHEDULER
    }

    private final String variable;
    private final boolean required;
    private final Set<Function> readBy;

    LambdaVariable(String variable, boolean required, Function... readBy) {
        this.variable = variable;
        this.required = required;
        this.readBy = EnumSet.copyOf(Arrays.asList(readBy));
    }

    public String variable() {
        return variable;
    }

    /** Whether a function that reads it refuses to start without it. */
    public boolean required() {
        return required;
    }

    public boolean readBy(Function function) {
        return readBy.contains(function);
    }
}

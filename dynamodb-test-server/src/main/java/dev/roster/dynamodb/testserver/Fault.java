package dev.roster.dynamodb.testserver;

/**
 * An error the server can be told to answer with instead of serving a request (see {@link Faults}): what DynamoDB
 * sends when it throttles or fails, so a test sees its client retry.
 */
public record Fault(int status, String type, String message) {

    /** Throttled by the table's capacity; the SDK retries it with backoff. */
    public static final Fault PROVISIONED_THROUGHPUT_EXCEEDED = new Fault(
            400,
            "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
            "You exceeded your maximum allowed provisioned throughput for a table or for one or more global secondary "
                    + "indexes. To view performance metrics for provisioned throughput vs. consumed throughput, open the "
                    + "Amazon CloudWatch console.");

    /** Throttled by the request rate. */
    public static final Fault THROTTLING = new Fault(
            400,
            "com.amazon.coral.availability#ThrottlingException",
            "Rate of requests exceeds the allowed throughput.");

    /** Throttled by the account's on-demand throughput limit. */
    public static final Fault REQUEST_LIMIT_EXCEEDED = new Fault(
            400,
            "com.amazonaws.dynamodb.v20120810#RequestLimitExceeded",
            "Throughput exceeds the current throughput limit for your account. Please contact AWS Support at "
                    + "https://aws.amazon.com/support request a limit increase");

    /**
     * A transaction cancelled because another one holds its items: {@code TransactionCanceledException} with the
     * reason {@code TransactionConflict} for each action (for {@code TransactWriteItems} and {@code TransactGetItems}).
     */
    public static final Fault TRANSACTION_CONFLICT = new Fault(
            400,
            "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
            "Transaction is ongoing for the item");

    /** An HTTP 500, "DynamoDB could not process your request". */
    public static final Fault INTERNAL_SERVER_ERROR =
            new Fault(500, "com.amazonaws.dynamodb.v20120810#InternalServerError", "Internal server error");

    /** An HTTP 503, "DynamoDB is currently unavailable". */
    public static final Fault SERVICE_UNAVAILABLE =
            new Fault(503, "com.amazonaws.dynamodb.v20120810#ServiceUnavailable", "Service unavailable");
}

package dev.roster.bootstrap.lambda;

import java.util.Map;
import java.util.Set;

/**
 * The AWS actions each function's code calls, kept beside its wiring: what its IAM role in {@code deploy/terraform}
 * grants, no more and no less. {@code TerraformMatchesCodeTest} holds the Terraform to these lists, and
 * {@code LambdaFunctionsTest} holds these lists to what the functions call on the real store (DynamoDB actions are
 * recorded there as the SDK sends them).
 *
 * @param dynamodb the DynamoDB actions; a transaction needs the actions of its items, not one of its own
 * @param s3       the S3 actions, presigned links included: a link acts with the permissions of whoever signed it
 * @param sqs      the SQS actions, including what Lambda's poller does for the worker with the worker's role
 */
record FunctionPermissions(Set<String> dynamodb, Set<String> s3, Set<String> sqs) {

    /**
     * ScheduleCollection: finds the due accounts (Query), reads them (BatchGetItem), and in one transaction per batch
     * claims them for an interval and records the job (UpdateItem, PutItem, DeleteItem, ConditionCheckItem).
     */
    private static final Set<String> SCHEDULE = Set.of(
            "dynamodb:Query",
            "dynamodb:BatchGetItem",
            "dynamodb:UpdateItem",
            "dynamodb:PutItem",
            "dynamodb:DeleteItem",
            "dynamodb:ConditionCheckItem");
    /**
     * Every use case on the roster. Scan: the search's projection (searches on the API, exports and reports on the
     * worker) loads and catches up with a parallel Scan of the people table.
     */
    private static final Set<String> READ_WRITE = Set.of(
            "dynamodb:GetItem",
            "dynamodb:BatchGetItem",
            "dynamodb:Query",
            "dynamodb:Scan",
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:DeleteItem",
            "dynamodb:BatchWriteItem",
            "dynamodb:ConditionCheckItem");

    private static final Set<String> FILES = Set.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject");

    /** Each function's actions. */
    static final Map<LambdaVariable.Function, FunctionPermissions> OF = Map.of(
            LambdaVariable.Function.API, new FunctionPermissions(READ_WRITE, FILES, Set.of("sqs:SendMessage")),
            LambdaVariable.Function.WORKER,
                    new FunctionPermissions(
                            READ_WRITE,
                            FILES,
                            Set.of(
                                    "sqs:ReceiveMessage",
                                    "sqs:DeleteMessage",
                                    "sqs:ChangeMessageVisibility",
                                    "sqs:GetQueueAttributes")),
            LambdaVariable.Function.SCHEDULER, new FunctionPermissions(SCHEDULE, Set.of(), Set.of("sqs:SendMessage")));
}

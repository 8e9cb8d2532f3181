package dev.roster.dynamodb.testserver.operation;

/** The DynamoDB operations the server answers; any other {@code X-Amz-Target} gets {@code UnknownOperationException}. */
public enum Operation {
    CreateTable,
    DescribeTable,
    DeleteTable,
    ListTables,
    UpdateTimeToLive,
    DescribeTimeToLive,
    GetItem,
    PutItem,
    UpdateItem,
    DeleteItem,
    Query,
    Scan,
    BatchGetItem,
    BatchWriteItem,
    TransactWriteItems,
    TransactGetItems;

    /** The operation named {@code name}, or {@code null}. */
    public static Operation named(String name) {
        for (Operation operation : values()) {
            if (operation.name().equals(name)) {
                return operation;
            }
        }
        return null;
    }
}

package dev.roster.dynamodb.testserver.conformance;

/** Addresses of the AWS documentation pages the conformance tests follow. */
final class Docs {

    static final String GUIDE = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/";
    static final String API = "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/";

    static final String LOW_LEVEL_API = GUIDE + "Programming.LowLevelAPI.html";
    static final String ERRORS = GUIDE + "Programming.Errors.html";
    static final String DATA_TYPES = GUIDE + "HowItWorks.NamingRulesDataTypes.html";
    static final String ITEM_SIZES = GUIDE + "CapacityUnitCalculations.html";
    static final String READ_WRITE_UNITS = GUIDE + "read-write-operations.html";
    static final String LIMITS = GUIDE + "ServiceQuotas.html";
    static final String CONDITIONS = GUIDE + "Expressions.OperatorsAndFunctions.html";
    static final String CONDITION_EXPRESSIONS = GUIDE + "Expressions.ConditionExpressions.html";
    static final String NAMES = GUIDE + "Expressions.ExpressionAttributeNames.html";
    static final String VALUES = GUIDE + "Expressions.ExpressionAttributeValues.html";
    static final String RESERVED_WORDS = GUIDE + "ReservedWords.html";
    static final String DOCUMENT_PATHS = GUIDE + "Expressions.Attributes.html";
    static final String UPDATES = GUIDE + "Expressions.UpdateExpressions.html";
    static final String PROJECTIONS = GUIDE + "Expressions.ProjectionExpressions.html";
    static final String KEY_CONDITIONS = GUIDE + "Query.KeyConditionExpressions.html";
    static final String QUERY_PAGING = GUIDE + "Query.Pagination.html";
    static final String QUERY_FILTER = GUIDE + "Query.FilterExpression.html";
    static final String PARALLEL_SCAN = GUIDE + "Scan.html#Scan.ParallelScan";
    static final String TRANSACTIONS = GUIDE + "transaction-apis.html";
    static final String TTL = GUIDE + "howitworks-ttl.html";
    static final String CONSISTENCY = GUIDE + "HowItWorks.ReadConsistency.html";

    static final String CREATE_TABLE = API + "API_CreateTable.html";
    static final String DESCRIBE_TABLE = API + "API_DescribeTable.html";
    static final String DELETE_TABLE = API + "API_DeleteTable.html";
    static final String LIST_TABLES = API + "API_ListTables.html";
    static final String UPDATE_TTL = API + "API_UpdateTimeToLive.html";
    static final String DESCRIBE_TTL = API + "API_DescribeTimeToLive.html";
    static final String GET_ITEM = API + "API_GetItem.html";
    static final String PUT_ITEM = API + "API_PutItem.html";
    static final String UPDATE_ITEM = API + "API_UpdateItem.html";
    static final String DELETE_ITEM = API + "API_DeleteItem.html";
    static final String QUERY = API + "API_Query.html";
    static final String SCAN = API + "API_Scan.html";
    static final String BATCH_GET = API + "API_BatchGetItem.html";
    static final String BATCH_WRITE = API + "API_BatchWriteItem.html";
    static final String TRANSACT_WRITE = API + "API_TransactWriteItems.html";
    static final String TRANSACT_GET = API + "API_TransactGetItems.html";
    static final String CONSUMED_CAPACITY = API + "API_ConsumedCapacity.html";

    private Docs() {}
}

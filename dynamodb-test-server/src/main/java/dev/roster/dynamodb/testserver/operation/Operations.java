package dev.roster.dynamodb.testserver.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.dynamodb.testserver.table.Database;

/** Every operation the server answers, by name, over one database. */
public final class Operations {

    private final TableOperations tables;
    private final ItemOperations items;
    private final Reads reads;
    private final Batches batches;
    private final Transactions transactions;

    public Operations(Database database) {
        this.tables = new TableOperations(database);
        this.items = new ItemOperations(database);
        this.reads = new Reads(database);
        this.batches = new Batches(database);
        this.transactions = new Transactions(database);
    }

    /**
     * Serves one request.
     *
     * @param leaveUnprocessed for a batch operation: serve its first item only, as a throttled table might
     */
    public ObjectNode run(Operation operation, JsonNode body, boolean leaveUnprocessed) {
        Request request = new Request(body);
        return switch (operation) {
            case CreateTable -> tables.createTable(request);
            case DescribeTable -> tables.describeTable(request);
            case DeleteTable -> tables.deleteTable(request);
            case ListTables -> tables.listTables(request);
            case UpdateTimeToLive -> tables.updateTimeToLive(request);
            case DescribeTimeToLive -> tables.describeTimeToLive(request);
            case GetItem -> items.getItem(request);
            case PutItem -> items.putItem(request);
            case UpdateItem -> items.updateItem(request);
            case DeleteItem -> items.deleteItem(request);
            case Query -> reads.query(request);
            case Scan -> reads.scan(request);
            case BatchGetItem -> batches.batchGetItem(request, leaveUnprocessed);
            case BatchWriteItem -> batches.batchWriteItem(request, leaveUnprocessed);
            case TransactWriteItems -> transactions.transactWriteItems(request);
            case TransactGetItems -> transactions.transactGetItems(request);
        };
    }
}

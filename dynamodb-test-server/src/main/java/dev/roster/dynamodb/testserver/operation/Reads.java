package dev.roster.dynamodb.testserver.operation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.expression.Condition;
import dev.roster.dynamodb.testserver.expression.Expressions;
import dev.roster.dynamodb.testserver.expression.Placeholders;
import dev.roster.dynamodb.testserver.expression.Projection;
import dev.roster.dynamodb.testserver.table.Database;
import dev.roster.dynamodb.testserver.table.KeySchema;
import dev.roster.dynamodb.testserver.table.SortRange;
import dev.roster.dynamodb.testserver.table.Table;
import dev.roster.dynamodb.testserver.value.Items;
import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueCodec;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code Query} and {@code Scan}, by AWS's API reference: items are read in key order until {@code Limit} items or
 * 1 MB of them have been read, then filtered and projected; {@code LastEvaluatedKey} is the key of the last item read
 * whenever the read stopped early.
 */
final class Reads {

    /** A page ends once this much has been read (before any filter). */
    static final long MAX_PAGE_BYTES = 1024 * 1024;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> SELECTS =
            List.of("ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT");
    private static final int MAX_SEGMENTS = 1_000_000;

    private final Database database;

    Reads(Database database) {
        this.database = database;
    }

    ObjectNode query(Request request) {
        String tableName = request.required("TableName");
        refuseIndex(request);
        Placeholders placeholders = Parameters.placeholders(request);
        Condition keyExpression = Expressions.condition(
                request.required("KeyConditionExpression"), "KeyConditionExpression", placeholders);
        Condition filter = Parameters.condition(request, "FilterExpression", placeholders);
        Shape shape = Shape.of(request, placeholders);
        placeholders.checkAllUsed();
        boolean forward = !request.has("ScanIndexForward") || request.flag("ScanIndexForward");
        Capacity capacity = Capacity.of(request);
        return database.read(() -> {
            Table table = database.table(tableName);
            KeySchema schema = table.schema();
            KeyCondition key = KeyCondition.of(keyExpression, schema);
            if (filter != null) {
                filter.paths(path -> {
                    if (schema.isKey(path.attribute())) {
                        throw DynamoDbException.validation("Filter Expression can only contain non-primary key "
                                + "attributes: Primary key attribute: " + path.attribute());
                    }
                });
            }
            Map<String, Value> start = startKey(request, schema);
            if (start != null && !start.get(schema.partitionKey()).equals(key.partition())) {
                throw DynamoDbException.validation(
                        "The provided starting key is outside query boundaries based on provided conditions");
            }
            SortRange range = key.range();
            if (start != null && schema.hasSortKey()) {
                range = range.after(start.get(schema.sortKey()), forward);
            }
            // the range is exactly what the key condition matches: the read seeks to it and ends with it
            Iterator<Map<String, Value>> items = start != null && !schema.hasSortKey()
                    ? Collections.emptyIterator()
                    : table.partition(key.partition(), range, forward);
            return page(table, items, filter, shape, capacity, request);
        });
    }

    ObjectNode scan(Request request) {
        String tableName = request.required("TableName");
        refuseIndex(request);
        Integer segment = request.atLeast("Segment", 0);
        Integer total = request.atLeast("TotalSegments", 1);
        request.atMost("TotalSegments", MAX_SEGMENTS);
        if (segment != null && total == null) {
            throw DynamoDbException.validation("The TotalSegments parameter is required but was not present in the "
                    + "request when Segment parameter is present");
        }
        if (total != null && segment == null) {
            throw DynamoDbException.validation("The Segment parameter is required but was not present in the request "
                    + "when parameter TotalSegments is present");
        }
        if (segment != null && segment >= total) {
            throw DynamoDbException.validation("The Segment parameter is zero-based and must be less than parameter "
                    + "TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + total);
        }
        Placeholders placeholders = Parameters.placeholders(request);
        Condition filter = Parameters.condition(request, "FilterExpression", placeholders);
        Shape shape = Shape.of(request, placeholders);
        placeholders.checkAllUsed();
        Capacity capacity = Capacity.of(request);
        return database.read(() -> {
            Table table = database.table(tableName);
            Map<String, Value> start = startKey(request, table.schema());
            Iterator<Map<String, Value>> items =
                    table.scan(segment == null ? 0 : segment, total == null ? 1 : total, start);
            return page(table, items, filter, shape, capacity, request);
        });
    }

    private ObjectNode page(
            Table table,
            Iterator<Map<String, Value>> items,
            Condition filter,
            Shape shape,
            Capacity capacity,
            Request request) {
        Integer limit = request.atLeast("Limit", 1);
        ObjectNode response = JSON.objectNode();
        ArrayNode returned = shape.count() ? null : response.putArray("Items");
        int scanned = 0;
        int count = 0;
        long bytes = 0;
        Map<String, Value> last = null;
        while (items.hasNext() && (limit == null || scanned < limit) && bytes < MAX_PAGE_BYTES) {
            Map<String, Value> item = items.next();
            scanned++;
            bytes += Items.size(item);
            last = item;
            if (filter == null || filter.test(item)) {
                count++;
                if (returned != null) {
                    returned.add(ValueCodec.json(
                            shape.projection() == null
                                    ? item
                                    : shape.projection().apply(item)));
                }
            }
        }
        response.put("Count", count).put("ScannedCount", scanned);
        boolean stoppedEarly = limit != null && scanned == limit || bytes >= MAX_PAGE_BYTES;
        if (last != null && stoppedEarly) {
            response.set("LastEvaluatedKey", ValueCodec.json(table.schema().keyOf(last)));
        }
        capacity.read(table.name(), Capacity.readUnits(bytes, request.flag("ConsistentRead")));
        return capacity.addTo(response);
    }

    private static Map<String, Value> startKey(Request request, KeySchema schema) {
        if (!request.has("ExclusiveStartKey")) {
            return null;
        }
        try {
            return schema.checkKey(ValueCodec.item(request.node("ExclusiveStartKey")));
        } catch (DynamoDbException invalid) {
            throw DynamoDbException.validation("The provided starting key is invalid: " + invalid.getMessage());
        }
    }

    private static void refuseIndex(Request request) {
        String index = request.text("IndexName");
        if (index != null) {
            // No table here has a secondary index: DynamoDB's answer for an index the table does not have.
            throw DynamoDbException.validation("The table does not have the specified index: " + index);
        }
    }

    /** What a read returns: the items (all attributes or a projection) or only their count. */
    private record Shape(boolean count, Projection projection) {
        static Shape of(Request request, Placeholders placeholders) {
            Projection projection = Parameters.projection(request, placeholders);
            String select =
                    request.choice("Select", SELECTS, projection == null ? "ALL_ATTRIBUTES" : "SPECIFIC_ATTRIBUTES");
            switch (select) {
                case "ALL_PROJECTED_ATTRIBUTES" ->
                    throw DynamoDbException.validation(
                            "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
                case "SPECIFIC_ATTRIBUTES" -> {
                    if (projection == null) {
                        throw DynamoDbException.validation("Must specify the AttributesToGet or ProjectionExpression "
                                + "when choosing to get SPECIFIC_ATTRIBUTES");
                    }
                }
                default -> {
                    if (projection != null) {
                        throw DynamoDbException.validation("Cannot specify the AttributesToGet or ProjectionExpression "
                                + "when choosing to get " + select);
                    }
                }
            }
            return new Shape(select.equals("COUNT"), projection);
        }
    }
}

package dev.roster.dynamodb.testserver.operation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.expression.Placeholders;
import dev.roster.dynamodb.testserver.expression.Projection;
import dev.roster.dynamodb.testserver.table.Database;
import dev.roster.dynamodb.testserver.table.Table;
import dev.roster.dynamodb.testserver.value.Items;
import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueCodec;
import java.util.List;
import java.util.Map;

/** {@code GetItem}, {@code PutItem}, {@code UpdateItem} and {@code DeleteItem}, by AWS's API reference. */
final class ItemOperations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> RETURN_VALUES =
            List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");

    private final Database database;

    ItemOperations(Database database) {
        this.database = database;
    }

    ObjectNode getItem(Request request) {
        String tableName = request.required("TableName");
        Placeholders placeholders = Parameters.placeholders(request);
        Projection projection = Parameters.projection(request, placeholders);
        placeholders.checkAllUsed();
        boolean consistent = request.flag("ConsistentRead");
        Capacity capacity = Capacity.of(request);
        Map<String, Value> item = database.read(() -> {
            Table table = database.table(tableName);
            return table.get(table.schema().checkKey(ValueCodec.item(request.requiredNode("Key"))));
        });
        ObjectNode response = JSON.objectNode();
        if (item != null) {
            response.set("Item", ValueCodec.json(projection == null ? item : projection.apply(item)));
        }
        capacity.read(tableName, Capacity.readUnits(Items.size(item), consistent));
        return capacity.addTo(response);
    }

    ObjectNode putItem(Request request) {
        return write(WriteAction.Kind.PUT, request);
    }

    ObjectNode updateItem(Request request) {
        return write(WriteAction.Kind.UPDATE, request);
    }

    ObjectNode deleteItem(Request request) {
        return write(WriteAction.Kind.DELETE, request);
    }

    private ObjectNode write(WriteAction.Kind kind, Request request) {
        String returnValues = request.choice("ReturnValues", RETURN_VALUES, "NONE");
        if (kind != WriteAction.Kind.UPDATE && !returnValues.equals("NONE") && !returnValues.equals("ALL_OLD")) {
            throw DynamoDbException.validation("Return values set to invalid value");
        }
        WriteAction action = WriteAction.parse(kind, request, database);
        Capacity capacity = Capacity.of(request);
        return database.write(() -> {
            Map<String, Value> before = action.current(database);
            Map<String, Value> after = action.after(before);
            action.apply(database, after);
            capacity.write(action.tableName(), Capacity.writeUnits(WriteAction.bytes(before, after)));
            ObjectNode response = JSON.objectNode();
            Map<String, Value> returned = returned(returnValues, action, before, after);
            if (returned != null && !returned.isEmpty()) {
                response.set("Attributes", ValueCodec.json(returned));
            }
            return capacity.addTo(response);
        });
    }

    private static Map<String, Value> returned(
            String returnValues, WriteAction action, Map<String, Value> before, Map<String, Value> after) {
        return switch (returnValues) {
            case "ALL_OLD" -> before;
            case "ALL_NEW" -> after;
            case "UPDATED_OLD" ->
                before == null || action.update() == null
                        ? null
                        : new Projection(action.update().targets()).apply(before);
            case "UPDATED_NEW" ->
                action.update() == null ? null : new Projection(action.update().targets()).apply(after);
            default -> null;
        };
    }
}

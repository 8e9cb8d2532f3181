package dev.roster.dynamodb.testserver.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code TransactWriteItems} and {@code TransactGetItems}, by AWS's "Amazon DynamoDB Transactions: how it works": up to
 * 100 actions on distinct items, 4 MB in all, all or nothing. A cancelled transaction answers
 * {@code TransactionCanceledException} with one reason per action, in the actions' order. A
 * {@code ClientRequestToken} makes a write transaction idempotent for ten minutes.
 */
final class Transactions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_ACTIONS = 100;
    private static final long MAX_TRANSACTION_BYTES = 4L * 1024 * 1024;
    private static final Map<String, WriteAction.Kind> KINDS = Map.of(
            "ConditionCheck",
            WriteAction.Kind.CHECK,
            "Put",
            WriteAction.Kind.PUT,
            "Update",
            WriteAction.Kind.UPDATE,
            "Delete",
            WriteAction.Kind.DELETE);

    private final Database database;

    Transactions(Database database) {
        this.database = database;
    }

    ObjectNode transactWriteItems(Request request) {
        JsonNode items = actions(request);
        String token = request.text("ClientRequestToken");
        if (token != null && (token.isEmpty() || token.length() > 36)) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + token + "' at "
                    + "'clientRequestToken' failed to satisfy constraint: Member must have length less than or equal "
                    + "to 36");
        }
        List<WriteAction> actions = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        long bytes = 0;
        for (JsonNode item : items) {
            if (item.size() != 1 || !KINDS.containsKey(item.fieldNames().next())) {
                throw DynamoDbException.validation(
                        "TransactItems can only contain one of Check, Put, Update or Delete");
            }
            String kind = item.fieldNames().next();
            Request part = new Request(item.get(kind));
            if (kind.equals("Update") && !part.has("UpdateExpression")) {
                throw Request.missing("UpdateExpression");
            }
            WriteAction action = WriteAction.parse(KINDS.get(kind), part, database);
            if (!targets.add(action.tableName() + "\u0000" + action.key())) {
                throw DynamoDbException.validation(
                        "Transaction request cannot include multiple operations on one item");
            }
            bytes += action.itemBytes();
            actions.add(action);
        }
        if (bytes > MAX_TRANSACTION_BYTES) {
            throw DynamoDbException.validation("Transaction size has exceeded the maximum allowed size of 4 MB");
        }
        Capacity capacity = Capacity.of(request);
        String fingerprint = fingerprint(request);
        return database.write(() -> {
            if (token != null && database.tokens().alreadyApplied(token, fingerprint)) {
                // Done before: nothing is written again; what it costs now is reading the items (AWS's words).
                for (WriteAction action : actions) {
                    capacity.read(
                            action.tableName(), 2 * Capacity.readUnits(Items.size(action.current(database)), true));
                }
                return capacity.addListTo(JSON.objectNode());
            }
            List<Map<String, Value>> before = new ArrayList<>();
            List<Map<String, Value>> after = new ArrayList<>();
            List<ObjectNode> reasons = new ArrayList<>();
            boolean cancelled = false;
            for (WriteAction action : actions) {
                Map<String, Value> current = action.current(database);
                before.add(current);
                ObjectNode reason = JSON.objectNode().put("Code", "None");
                try {
                    after.add(action.after(current));
                } catch (DynamoDbException refused) {
                    after.add(null);
                    cancelled = true;
                    reason.put("Code", refused.code().replace("Exception", "")).put("Message", refused.getMessage());
                    if (refused.code().equals("ValidationException")) {
                        reason.put("Code", "ValidationError");
                    }
                    Object item = refused.fields().get("Item");
                    if (item != null) {
                        reason.set("Item", (JsonNode) item);
                    }
                }
                reasons.add(reason);
            }
            if (cancelled) {
                throw cancelled(reasons);
            }
            for (int i = 0; i < actions.size(); i++) {
                WriteAction action = actions.get(i);
                action.apply(database, after.get(i));
                capacity.write(
                        action.tableName(), 2 * Capacity.writeUnits(WriteAction.bytes(before.get(i), after.get(i))));
            }
            if (token != null) {
                database.tokens().remember(token, fingerprint);
            }
            return capacity.addListTo(JSON.objectNode());
        });
    }

    ObjectNode transactGetItems(Request request) {
        JsonNode items = actions(request);
        List<String> tables = new ArrayList<>();
        List<Map<String, Value>> keys = new ArrayList<>();
        List<Projection> projections = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        for (JsonNode item : items) {
            Request get = new Request(item).part("Get");
            String tableName = get.required("TableName");
            Placeholders placeholders = Parameters.placeholders(get);
            Projection projection = Parameters.projection(get, placeholders);
            placeholders.checkAllUsed();
            Map<String, Value> key = database.read(
                    () -> database.table(tableName).schema().checkKey(ValueCodec.item(get.requiredNode("Key"))));
            if (!targets.add(tableName + "\u0000" + key)) {
                throw DynamoDbException.validation(
                        "Transaction request cannot include multiple operations on one item");
            }
            tables.add(tableName);
            keys.add(key);
            projections.add(projection);
        }
        Capacity capacity = Capacity.of(request);
        return database.read(() -> {
            ObjectNode response = JSON.objectNode();
            ArrayNode responses = response.putArray("Responses");
            for (int i = 0; i < keys.size(); i++) {
                Table table = database.table(tables.get(i));
                Map<String, Value> item = table.get(keys.get(i));
                capacity.read(tables.get(i), 2 * Capacity.readUnits(Items.size(item), true));
                ObjectNode entry = responses.addObject();
                if (item != null) {
                    entry.set(
                            "Item",
                            ValueCodec.json(
                                    projections.get(i) == null
                                            ? item
                                            : projections.get(i).apply(item)));
                }
            }
            return capacity.addListTo(response);
        });
    }

    private static JsonNode actions(Request request) {
        JsonNode items = request.requiredNode("TransactItems");
        if (!items.isArray() || items.size() == 0 || items.size() > MAX_ACTIONS) {
            String bound = items.size() == 0 ? "greater than or equal to 1" : "less than or equal to " + MAX_ACTIONS;
            throw DynamoDbException.validation(
                    "1 validation error detected: Value at 'transactItems' failed to satisfy "
                            + "constraint: Member must have length " + bound);
        }
        return items;
    }

    /** The request as a token remembers it: everything but how much detail the answer should carry. */
    private static String fingerprint(Request request) {
        ObjectNode copy = ((ObjectNode) request.body()).deepCopy();
        copy.remove("ReturnConsumedCapacity");
        copy.remove("ReturnItemCollectionMetrics");
        return copy.toString();
    }

    private static DynamoDbException cancelled(List<ObjectNode> reasons) {
        List<String> codes = new ArrayList<>();
        ArrayNode list = JSON.arrayNode();
        for (ObjectNode reason : reasons) {
            codes.add(reason.get("Code").asText());
            list.add(reason);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("CancellationReasons", list);
        return DynamoDbException.dynamo(
                "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons " + codes,
                fields);
    }
}

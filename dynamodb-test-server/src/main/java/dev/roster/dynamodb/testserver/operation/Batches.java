package dev.roster.dynamodb.testserver.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.expression.Placeholders;
import dev.roster.dynamodb.testserver.expression.Projection;
import dev.roster.dynamodb.testserver.table.Database;
import dev.roster.dynamodb.testserver.table.KeySchema;
import dev.roster.dynamodb.testserver.table.Table;
import dev.roster.dynamodb.testserver.value.Items;
import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueCodec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code BatchGetItem} (up to 100 keys, 16 MB of items) and {@code BatchWriteItem} (up to 25 puts and deletes), each
 * item on its own, with {@code UnprocessedKeys} / {@code UnprocessedItems} for what a (simulated) throttled table left.
 */
final class Batches {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_KEYS = 100;
    private static final int MAX_WRITES = 25;
    private static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private final Database database;

    Batches(Database database) {
        this.database = database;
    }

    /** One table's part of a batch read. */
    private record TableKeys(
            String table, Request request, List<Map<String, Value>> keys, Projection projection, boolean consistent) {}

    ObjectNode batchGetItem(Request request, boolean leaveUnprocessed) {
        JsonNode requestItems = request.requiredNode("RequestItems");
        requireEntries(requestItems);
        List<TableKeys> tables = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, JsonNode> entry : requestItems.properties()) {
            Request part = new Request(entry.getValue());
            Placeholders placeholders = Parameters.placeholders(part);
            Projection projection = Parameters.projection(part, placeholders);
            placeholders.checkAllUsed();
            KeySchema schema =
                    database.read(() -> database.table(entry.getKey()).schema());
            List<Map<String, Value>> keys = new ArrayList<>();
            Set<Map<String, Value>> distinct = new HashSet<>();
            for (JsonNode key : part.requiredNode("Keys")) {
                Map<String, Value> checked = schema.checkKey(ValueCodec.item(key));
                if (!distinct.add(checked)) {
                    throw DynamoDbException.validation("Provided list of item keys contains duplicates");
                }
                keys.add(checked);
            }
            total += keys.size();
            tables.add(new TableKeys(entry.getKey(), part, keys, projection, part.flag("ConsistentRead")));
        }
        if (total > MAX_KEYS) {
            throw DynamoDbException.validation("Too many items requested for the BatchGetItem call");
        }
        Capacity capacity = Capacity.of(request);
        return database.read(() -> {
            ObjectNode response = JSON.objectNode();
            ObjectNode responses = response.putObject("Responses");
            ObjectNode unprocessed = response.putObject("UnprocessedKeys");
            long bytes = 0;
            int served = 0;
            for (TableKeys part : tables) {
                Table table = database.table(part.table());
                ArrayNode items = responses.putArray(part.table());
                ArrayNode left = null;
                for (Map<String, Value> key : part.keys()) {
                    if (leaveUnprocessed && served > 0 || bytes >= MAX_RESPONSE_BYTES) {
                        if (left == null) {
                            ObjectNode keysAndAttributes = part.request().body().deepCopy();
                            left = keysAndAttributes.putArray("Keys");
                            unprocessed.set(part.table(), keysAndAttributes);
                        }
                        left.add(ValueCodec.json(key));
                        continue;
                    }
                    served++;
                    Map<String, Value> item = table.get(key);
                    capacity.read(part.table(), Capacity.readUnits(Items.size(item), part.consistent()));
                    if (item != null) {
                        bytes += Items.size(item);
                        items.add(ValueCodec.json(
                                part.projection() == null
                                        ? item
                                        : part.projection().apply(item)));
                    }
                }
            }
            return capacity.addListTo(response);
        });
    }

    /** One put or delete of a batch write. */
    private record Write(String table, Map<String, Value> key, Map<String, Value> item, JsonNode request) {}

    ObjectNode batchWriteItem(Request request, boolean leaveUnprocessed) {
        JsonNode requestItems = request.requiredNode("RequestItems");
        requireEntries(requestItems);
        List<Write> writes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : requestItems.properties()) {
            KeySchema schema =
                    database.read(() -> database.table(entry.getKey()).schema());
            Set<Map<String, Value>> distinct = new HashSet<>();
            for (JsonNode node : entry.getValue()) {
                Request write = new Request(node);
                if (write.has("PutRequest") == write.has("DeleteRequest")) {
                    throw DynamoDbException.validation(
                            "A WriteRequest must contain exactly one of PutRequest and DeleteRequest");
                }
                Map<String, Value> item = null;
                Map<String, Value> key;
                if (write.has("PutRequest")) {
                    item = Parameters.item(write.part("PutRequest"), "Item");
                    key = schema.keyOfItem(item);
                    Parameters.checkSize(item, WriteAction.ITEM_TOO_LARGE);
                } else {
                    key = schema.checkKey(
                            ValueCodec.item(write.part("DeleteRequest").requiredNode("Key")));
                }
                if (!distinct.add(key)) {
                    throw DynamoDbException.validation("Provided list of item keys contains duplicates");
                }
                writes.add(new Write(entry.getKey(), key, item, node));
            }
        }
        if (writes.size() > MAX_WRITES) {
            throw DynamoDbException.validation("Too many items requested for the BatchWriteItem call");
        }
        Capacity capacity = Capacity.of(request);
        return database.write(() -> {
            ObjectNode response = JSON.objectNode();
            ObjectNode unprocessed = response.putObject("UnprocessedItems");
            for (int i = 0; i < writes.size(); i++) {
                Write write = writes.get(i);
                Table table = database.table(write.table());
                if (leaveUnprocessed && i > 0) {
                    JsonNode left = unprocessed.get(write.table());
                    (left == null ? unprocessed.putArray(write.table()) : (ArrayNode) left).add(write.request());
                    continue;
                }
                Map<String, Value> before = write.item() == null ? table.delete(write.key()) : table.put(write.item());
                capacity.write(write.table(), Capacity.writeUnits(WriteAction.bytes(before, write.item())));
            }
            return capacity.addListTo(response);
        });
    }

    private static void requireEntries(JsonNode requestItems) {
        if (!requestItems.isObject() || requestItems.size() == 0) {
            throw DynamoDbException.validation("1 validation error detected: Value '{}' at 'requestItems' failed to "
                    + "satisfy constraint: Member must have length greater than or equal to 1");
        }
    }
}

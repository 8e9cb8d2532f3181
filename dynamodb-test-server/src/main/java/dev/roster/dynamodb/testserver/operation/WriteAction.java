package dev.roster.dynamodb.testserver.operation;

import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.expression.Condition;
import dev.roster.dynamodb.testserver.expression.Expressions;
import dev.roster.dynamodb.testserver.expression.Path;
import dev.roster.dynamodb.testserver.expression.Placeholders;
import dev.roster.dynamodb.testserver.expression.UpdateExpression;
import dev.roster.dynamodb.testserver.table.Database;
import dev.roster.dynamodb.testserver.table.KeySchema;
import dev.roster.dynamodb.testserver.table.Table;
import dev.roster.dynamodb.testserver.value.Items;
import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One write of one item — a put, an update, a delete or a condition check — parsed and checked before the lock is
 * taken, then applied under it: what {@code PutItem}, {@code UpdateItem}, {@code DeleteItem} and each action of
 * {@code TransactWriteItems} have in common.
 */
final class WriteAction {

    enum Kind {
        PUT,
        UPDATE,
        DELETE,
        CHECK
    }

    static final String ITEM_TOO_LARGE = "Item size has exceeded the maximum allowed size";
    static final String UPDATED_ITEM_TOO_LARGE = "Item size to update has exceeded the maximum allowed size";

    private final Kind kind;
    private final String tableName;
    private final Map<String, Value> key;
    private final Map<String, Value> item;
    private final UpdateExpression update;
    private final Condition condition;
    private final Request request;

    private WriteAction(
            Kind kind,
            String tableName,
            Map<String, Value> key,
            Map<String, Value> item,
            UpdateExpression update,
            Condition condition,
            Request request) {
        this.kind = kind;
        this.tableName = tableName;
        this.key = key;
        this.item = item;
        this.update = update;
        this.condition = condition;
        this.request = request;
    }

    static WriteAction parse(Kind kind, Request request, Database database) {
        String tableName = request.required("TableName");
        KeySchema schema = database.read(() -> database.table(tableName).schema());
        Placeholders placeholders = Parameters.placeholders(request);
        Map<String, Value> key;
        Map<String, Value> item = null;
        UpdateExpression update = null;
        if (kind == Kind.PUT) {
            item = Parameters.item(request, "Item");
            key = schema.keyOfItem(item);
            Parameters.checkSize(item, ITEM_TOO_LARGE);
        } else {
            key = schema.checkKey(ValueCodec.item(request.requiredNode("Key")));
        }
        if (kind == Kind.UPDATE && request.has("UpdateExpression")) {
            update = Expressions.update(request.text("UpdateExpression"), placeholders);
            for (Path target : update.targets()) {
                if (schema.isKey(target.attribute())) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: Cannot update "
                            + "attribute " + target.attribute() + ". This attribute is part of the key");
                }
            }
        }
        Condition condition = Parameters.condition(request, "ConditionExpression", placeholders);
        if (kind == Kind.CHECK && condition == null) {
            throw Request.missing("ConditionExpression");
        }
        placeholders.checkAllUsed();
        return new WriteAction(kind, tableName, key, item, update, condition, request);
    }

    String tableName() {
        return tableName;
    }

    Map<String, Value> key() {
        return key;
    }

    UpdateExpression update() {
        return update;
    }

    /** Bytes of the item a put writes (what counts towards a transaction's 4 MB); 0 for other writes. */
    long itemBytes() {
        return item == null ? 0 : Items.size(item);
    }

    /** The item as it is now; call under the write lock. */
    Map<String, Value> current(Database database) {
        return database.table(tableName).get(key);
    }

    /**
     * The item after this write, given the item as it is ({@code null}: none); {@code null} after a delete. Refuses
     * with {@code ConditionalCheckFailedException} when the condition does not hold.
     */
    Map<String, Value> after(Map<String, Value> current) {
        if (condition != null && !condition.test(current == null ? Map.of() : current)) {
            throw Parameters.conditionFailed(request, current);
        }
        return switch (kind) {
            case PUT -> item;
            case DELETE -> null;
            case CHECK -> current;
            case UPDATE -> {
                Map<String, Value> base = current != null ? current : key;
                Map<String, Value> updated = update == null ? new LinkedHashMap<>(base) : update.apply(base);
                Parameters.checkSize(updated, UPDATED_ITEM_TOO_LARGE);
                yield updated;
            }
        };
    }

    /** Writes {@code after} (what {@link #after} returned) to the table; call under the write lock. */
    void apply(Database database, Map<String, Value> after) {
        Table table = database.table(tableName);
        if (kind == Kind.DELETE) {
            table.delete(key);
        } else if (kind != Kind.CHECK) {
            table.put(after);
        }
    }

    /** Bytes the write is priced by: the larger of the item before and after (the item read, for a check). */
    static long bytes(Map<String, Value> before, Map<String, Value> after) {
        return Math.max(Items.size(before), Items.size(after));
    }
}

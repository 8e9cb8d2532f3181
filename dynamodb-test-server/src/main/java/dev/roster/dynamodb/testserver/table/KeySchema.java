package dev.roster.dynamodb.testserver.table;

import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.value.Type;
import dev.roster.dynamodb.testserver.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/** A table's primary key: a partition key and an optional sort key, each a string, number or binary. */
public record KeySchema(String partitionKey, Type partitionType, String sortKey, Type sortType) {

    private static final int MAX_PARTITION_KEY_BYTES = 2048;
    private static final int MAX_SORT_KEY_BYTES = 1024;
    private static final String INVALID = "One or more parameter values were invalid: ";

    public boolean hasSortKey() {
        return sortKey != null;
    }

    public boolean isKey(String attribute) {
        return attribute.equals(partitionKey) || attribute.equals(sortKey);
    }

    /** The key of an item to be written, or DynamoDB's refusal when the item lacks it or holds it in the wrong type. */
    public Map<String, Value> keyOfItem(Map<String, Value> item) {
        Map<String, Value> key = new LinkedHashMap<>();
        key.put(partitionKey, keyAttribute(item, partitionKey, partitionType));
        if (hasSortKey()) {
            key.put(sortKey, keyAttribute(item, sortKey, sortType));
        }
        checkSizes(key);
        return key;
    }

    private static Value keyAttribute(Map<String, Value> item, String name, Type type) {
        Value value = item.get(name);
        if (value == null) {
            throw DynamoDbException.validation(INVALID + "Missing the key " + name + " in the item");
        }
        if (value.type() != type) {
            throw DynamoDbException.validation(
                    INVALID + "Type mismatch for key " + name + " expected: " + type + " actual: " + value.type());
        }
        refuseEmpty(name, value);
        return value;
    }

    /** Checks a {@code Key} parameter: exactly the key attributes, in their types. */
    public Map<String, Value> checkKey(Map<String, Value> key) {
        if (key.size() != (hasSortKey() ? 2 : 1)
                || !matches(key, partitionKey, partitionType)
                || hasSortKey() && !matches(key, sortKey, sortType)) {
            throw DynamoDbException.validation("The provided key element does not match the schema");
        }
        key.forEach(KeySchema::refuseEmpty);
        checkSizes(key);
        return key;
    }

    private static boolean matches(Map<String, Value> key, String name, Type type) {
        Value value = key.get(name);
        return value != null && value.type() == type;
    }

    private static void refuseEmpty(String name, Value value) {
        if (value instanceof Value.S s && s.value().isEmpty()) {
            throw DynamoDbException.validation(
                    "One or more parameter values are not valid. The AttributeValue for a key "
                            + "attribute cannot contain an empty string value. Key: " + name);
        }
        if (value instanceof Value.B b && b.value().length() == 0) {
            throw DynamoDbException.validation(
                    "One or more parameter values are not valid. The AttributeValue for a key "
                            + "attribute cannot contain an empty binary value. Key: " + name);
        }
    }

    private void checkSizes(Map<String, Value> key) {
        if (key.get(partitionKey).size() > MAX_PARTITION_KEY_BYTES) {
            throw DynamoDbException.validation(INVALID + "Size of hashkey has exceeded the maximum size limit of "
                    + MAX_PARTITION_KEY_BYTES + " bytes");
        }
        if (hasSortKey() && key.get(sortKey).size() > MAX_SORT_KEY_BYTES) {
            throw DynamoDbException.validation(
                    INVALID + "Aggregated size of all range keys has exceeded the size limit " + "of "
                            + MAX_SORT_KEY_BYTES + " bytes");
        }
    }

    /** The key attributes of a stored item. */
    public Map<String, Value> keyOf(Map<String, Value> item) {
        Map<String, Value> key = new LinkedHashMap<>();
        key.put(partitionKey, item.get(partitionKey));
        if (hasSortKey()) {
            key.put(sortKey, item.get(sortKey));
        }
        return key;
    }
}

package dev.roster.dynamodb.testserver.expression;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueCodec;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A request's {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues}, and which of them its expressions
 * used: DynamoDB refuses a request that defines a placeholder none of its expressions uses.
 */
public final class Placeholders {

    private final Map<String, String> names;
    private final Map<String, Value> values;
    private final Set<String> usedNames = new LinkedHashSet<>();
    private final Set<String> usedValues = new LinkedHashSet<>();

    private Placeholders(Map<String, String> names, Map<String, Value> values) {
        this.names = names;
        this.values = values;
    }

    /** The placeholders of a request (or of one action of a transaction), checked for well-formed keys. */
    public static Placeholders of(JsonNode names, JsonNode values, boolean anyExpression) {
        Map<String, String> nameMap = new LinkedHashMap<>();
        Map<String, Value> valueMap = new LinkedHashMap<>();
        if (names != null && !names.isNull()) {
            if (!anyExpression) {
                throw DynamoDbException.validation("ExpressionAttributeNames can only be specified when using expressions");
            }
            if (names.size() == 0) {
                throw DynamoDbException.validation("ExpressionAttributeNames must not be empty");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = names.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().matches("#[A-Za-z0-9_]+")) {
                    throw DynamoDbException.validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \""
                            + field.getKey() + "\"");
                }
                if (field.getValue().asText().isEmpty()) {
                    throw DynamoDbException.validation("ExpressionAttributeNames contains invalid value: Empty attribute "
                            + "name; for key: \"" + field.getKey() + "\"");
                }
                nameMap.put(field.getKey(), field.getValue().asText());
            }
        }
        if (values != null && !values.isNull()) {
            if (!anyExpression) {
                throw DynamoDbException.validation("ExpressionAttributeValues can only be specified when using expressions");
            }
            if (values.size() == 0) {
                throw DynamoDbException.validation("ExpressionAttributeValues must not be empty");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = values.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().matches(":[A-Za-z0-9_]+")) {
                    throw DynamoDbException.validation("ExpressionAttributeValues contains invalid key: Syntax error; key: \""
                            + field.getKey() + "\"");
                }
                valueMap.put(field.getKey(), ValueCodec.value(field.getValue()));
            }
        }
        return new Placeholders(nameMap, valueMap);
    }

    String name(String placeholder, String kind) {
        String name = names.get(placeholder);
        if (name == null) {
            throw DynamoDbException.validation("Invalid " + kind + ": An expression attribute name used in the document "
                    + "path is not defined; attribute name: " + placeholder);
        }
        usedNames.add(placeholder);
        return name;
    }

    Value value(String placeholder, String kind) {
        Value value = values.get(placeholder);
        if (value == null) {
            throw DynamoDbException.validation("Invalid " + kind + ": An expression attribute value used in expression "
                    + "is not defined; attribute value: " + placeholder);
        }
        usedValues.add(placeholder);
        return value;
    }

    /** Refuses placeholders that no expression of the request used; call after parsing all of them. */
    public void checkAllUsed() {
        Set<String> unusedNames = new LinkedHashSet<>(names.keySet());
        unusedNames.removeAll(usedNames);
        if (!unusedNames.isEmpty()) {
            throw DynamoDbException.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: "
                    + "{" + String.join(", ", unusedNames) + "}");
        }
        Set<String> unusedValues = new LinkedHashSet<>(values.keySet());
        unusedValues.removeAll(usedValues);
        if (!unusedValues.isEmpty()) {
            throw DynamoDbException.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: "
                    + "{" + String.join(", ", unusedValues) + "}");
        }
    }
}

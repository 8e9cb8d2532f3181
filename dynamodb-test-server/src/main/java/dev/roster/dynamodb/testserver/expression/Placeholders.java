package dev.roster.dynamodb.testserver.expression;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueCodec;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
        return new Placeholders(
                read(names, "ExpressionAttributeNames", '#', anyExpression, Placeholders::name),
                read(values, "ExpressionAttributeValues", ':', anyExpression, ValueCodec::value));
    }

    private static String name(JsonNode name) {
        if (!name.isTextual() || name.textValue().isEmpty()) {
            throw DynamoDbException.validation("ExpressionAttributeNames contains invalid value: Empty attribute name");
        }
        return name.textValue();
    }

    /** One of the two maps: keys {@code <sigil>word}, given only with an expression, never empty. */
    private static <T> Map<String, T> read(
            JsonNode map, String parameter, char sigil, boolean anyExpression, Function<JsonNode, T> value) {
        Map<String, T> read = new LinkedHashMap<>();
        if (map == null || map.isNull()) {
            return read;
        }
        if (!anyExpression) {
            throw DynamoDbException.validation(parameter + " can only be specified when using expressions");
        }
        if (map.size() == 0) {
            throw DynamoDbException.validation(parameter + " must not be empty");
        }
        for (Map.Entry<String, JsonNode> field : map.properties()) {
            String key = field.getKey();
            if (key.length() < 2 || key.charAt(0) != sigil || !key.substring(1).matches("[A-Za-z0-9_]+")) {
                throw DynamoDbException.validation(
                        parameter + " contains invalid key: Syntax error; key: \"" + key + "\"");
            }
            read.put(key, value.apply(field.getValue()));
        }
        return read;
    }

    String name(String placeholder, String kind) {
        String name = names.get(placeholder);
        if (name == null) {
            throw DynamoDbException.validation(
                    "Invalid " + kind + ": An expression attribute name used in the document "
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
            throw DynamoDbException.validation(
                    "Value provided in ExpressionAttributeNames unused in expressions: keys: " + "{"
                            + String.join(", ", unusedNames) + "}");
        }
        Set<String> unusedValues = new LinkedHashSet<>(values.keySet());
        unusedValues.removeAll(usedValues);
        if (!unusedValues.isEmpty()) {
            throw DynamoDbException.validation(
                    "Value provided in ExpressionAttributeValues unused in expressions: keys: " + "{"
                            + String.join(", ", unusedValues) + "}");
        }
    }
}

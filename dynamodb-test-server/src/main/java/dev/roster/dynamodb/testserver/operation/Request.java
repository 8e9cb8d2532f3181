package dev.roster.dynamodb.testserver.operation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.dynamodb.testserver.error.DynamoDbException;
import java.util.List;

/** The JSON body of a request (or one part of it), read with DynamoDB's refusals for missing and malformed fields. */
record Request(JsonNode body) {

    JsonNode node(String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node;
    }

    boolean has(String field) {
        return node(field) != null;
    }

    String text(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw DynamoDbException.serialization("Expected a string for " + field);
        }
        return node.textValue();
    }

    String required(String field) {
        String text = text(field);
        if (text == null) {
            throw missing(field);
        }
        return text;
    }

    JsonNode requiredNode(String field) {
        JsonNode node = node(field);
        if (node == null) {
            throw missing(field);
        }
        return node;
    }

    Request part(String field) {
        return new Request(requiredNode(field));
    }

    boolean flag(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return false;
        }
        if (!node.isBoolean()) {
            throw DynamoDbException.serialization("Expected a boolean for " + field);
        }
        return node.booleanValue();
    }

    Integer integer(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw DynamoDbException.serialization("Expected an integer for " + field);
        }
        return node.intValue();
    }

    /** The value of an enumerated field, {@code otherwise} when absent, or DynamoDB's refusal of a value not listed. */
    String choice(String field, List<String> allowed, String otherwise) {
        String value = text(field);
        if (value == null) {
            return otherwise;
        }
        if (!allowed.contains(value)) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + value + "' at '" + member(field)
                    + "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed);
        }
        return value;
    }

    /** A number field that must be at least {@code min}. */
    Integer atLeast(String field, int min) {
        Integer value = integer(field);
        if (value != null && value < min) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + value + "' at '" + member(field)
                    + "' failed to satisfy constraint: Member must have value greater than or equal to " + min);
        }
        return value;
    }

    Integer atMost(String field, int max) {
        Integer value = integer(field);
        if (value != null && value > max) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + value + "' at '" + member(field)
                    + "' failed to satisfy constraint: Member must have value less than or equal to " + max);
        }
        return value;
    }

    static DynamoDbException missing(String field) {
        return DynamoDbException.validation("1 validation error detected: Value null at '" + member(field)
                + "' failed to satisfy constraint: Member must not be null");
    }

    /** How DynamoDB's validation messages name a field: {@code TableName} is {@code tableName}. */
    static String member(String field) {
        return Character.toLowerCase(field.charAt(0)) + field.substring(1);
    }
}

package dev.roster.dynamodb.testserver.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.dynamodb.testserver.error.DynamoDbException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Attribute values to and from DynamoDB's JSON ({@code {"S": "text"}}, {@code {"N": "1"}}, ...), checked as DynamoDB checks them. */
public final class ValueCodec {

    /** How deep documents may nest. */
    public static final int MAX_DEPTH = 32;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String INVALID = "One or more parameter values were invalid: ";

    private ValueCodec() {}

    /** An item ({@code {"name": {"S": ...}, ...}}), or an empty map for a missing node. */
    public static Map<String, Value> item(JsonNode node) {
        Map<String, Value> item = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return item;
        }
        if (!node.isObject()) {
            throw DynamoDbException.serialization("Expected a map of attribute values");
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            item.put(field.getKey(), value(field.getValue(), 1));
        }
        return item;
    }

    public static Value value(JsonNode node) {
        return value(node, 1);
    }

    private static Value value(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw DynamoDbException.validation("Nesting Levels have exceeded supported limits");
        }
        if (node == null || !node.isObject()) {
            throw DynamoDbException.serialization("Expected an attribute value, a map of one data type to its value");
        }
        if (node.size() == 0) {
            throw DynamoDbException.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (node.size() > 1) {
            throw DynamoDbException.validation("Supplied AttributeValue has more than one datatypes set, "
                    + "must contain exactly one of the supported datatypes");
        }
        Map.Entry<String, JsonNode> only = node.properties().iterator().next();
        Type type = Type.of(only.getKey());
        if (type == null) {
            throw DynamoDbException.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        JsonNode content = only.getValue();
        return switch (type) {
            case S -> new Value.S(text(content));
            case N -> Value.N.of(text(content));
            case B -> new Value.B(binary(content));
            case BOOL -> new Value.Bool(bool(content));
            case NULL -> {
                if (!bool(content)) {
                    throw DynamoDbException.validation(
                            INVALID + "Null attribute value types must have the value of true");
                }
                yield new Value.Null();
            }
            case L -> {
                List<Value> values = new ArrayList<>();
                for (JsonNode element : array(content)) {
                    values.add(value(element, depth + 1));
                }
                yield new Value.L(values);
            }
            case M -> {
                if (!content.isObject()) {
                    throw DynamoDbException.serialization("Expected a map for an M value");
                }
                Map<String, Value> values = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> field : content.properties()) {
                    values.put(field.getKey(), value(field.getValue(), depth + 1));
                }
                yield new Value.M(values);
            }
            case SS -> new Value.SS(set(content, "string", ValueCodec::text));
            case NS -> new Value.NS(set(content, "number", element -> Numbers.parse(text(element))));
            case BS -> new Value.BS(set(content, "binary", ValueCodec::binary));
        };
    }

    private interface Element<T> {
        T read(JsonNode node);
    }

    private static <T> Set<T> set(JsonNode content, String kind, Element<T> element) {
        Set<T> values = new LinkedHashSet<>();
        List<String> given = new ArrayList<>();
        boolean duplicates = false;
        for (JsonNode node : array(content)) {
            given.add(node.asText());
            duplicates |= !values.add(element.read(node));
        }
        if (values.isEmpty()) {
            // sic: DynamoDB's own wording, article and double space included
            throw DynamoDbException.validation(INVALID + "An " + kind + " set  may not be empty");
        }
        if (duplicates) {
            throw DynamoDbException.validation(INVALID + "Input collection " + given + " contains duplicates.");
        }
        return values;
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw DynamoDbException.serialization("Expected a string value");
        }
        return node.textValue();
    }

    private static Bytes binary(JsonNode node) {
        try {
            return Bytes.fromBase64(text(node));
        } catch (IllegalArgumentException notBase64) {
            throw DynamoDbException.serialization("Base64 encoded length is expected a multiple of 4 bytes");
        }
    }

    private static boolean bool(JsonNode node) {
        if (node == null || !node.isBoolean()) {
            throw DynamoDbException.serialization("Expected a boolean value");
        }
        return node.booleanValue();
    }

    private static JsonNode array(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw DynamoDbException.serialization("Expected a list value");
        }
        return node;
    }

    /** {@code item} as DynamoDB's JSON. */
    public static ObjectNode json(Map<String, Value> item) {
        ObjectNode node = JSON.objectNode();
        item.forEach((name, value) -> node.set(name, json(value)));
        return node;
    }

    public static ObjectNode json(Value value) {
        ObjectNode node = JSON.objectNode();
        if (value instanceof Value.S s) {
            node.put("S", s.value());
        } else if (value instanceof Value.N n) {
            node.put("N", Numbers.format(n.value()));
        } else if (value instanceof Value.B b) {
            node.put("B", b.value().base64());
        } else if (value instanceof Value.Bool bool) {
            node.put("BOOL", bool.value());
        } else if (value instanceof Value.Null) {
            node.put("NULL", true);
        } else if (value instanceof Value.L l) {
            ArrayNode array = node.putArray("L");
            l.values().forEach(element -> array.add(json(element)));
        } else if (value instanceof Value.M m) {
            node.set("M", json(m.values()));
        } else if (value instanceof Value.SS ss) {
            ArrayNode array = node.putArray("SS");
            ss.values().forEach(array::add);
        } else if (value instanceof Value.NS ns) {
            ArrayNode array = node.putArray("NS");
            for (BigDecimal number : ns.values()) {
                array.add(Numbers.format(number));
            }
        } else if (value instanceof Value.BS bs) {
            ArrayNode array = node.putArray("BS");
            bs.values().forEach(bytes -> array.add(bytes.base64()));
        }
        return node;
    }
}

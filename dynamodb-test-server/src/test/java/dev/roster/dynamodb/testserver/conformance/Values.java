package dev.roster.dynamodb.testserver.conformance;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short names for the attribute values the tests write. */
final class Values {

    private Values() {}

    static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    static AttributeValue n(String number) {
        return AttributeValue.fromN(number);
    }

    /** An item (or key, or value map) from name, value, name, value... */
    static Map<String, AttributeValue> item(Object... namesAndValues) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            item.put(
                    (String) namesAndValues[i],
                    value instanceof AttributeValue attribute
                            ? attribute
                            : value instanceof Number number ? n(number.toString()) : s(value.toString()));
        }
        return item;
    }
}

package dev.roster.adapters.http.routes.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.application.validation.Problems;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a JSON request body, read with their types checked. Every problem is collected, so a caller hears of
 * every bad field at once; {@link #done()} refuses the body if there was any.
 */
public final class JsonFields {

    private final JsonNode object;
    private final Problems problems;
    private final String prefix;

    JsonFields(JsonNode object) {
        this(object, new Problems(), "");
    }

    private JsonFields(JsonNode object, Problems problems, String prefix) {
        this.object = object;
        this.problems = problems;
        this.prefix = prefix;
    }

    /** Refuses fields the request does not have: a typo must not be ignored silently. */
    public JsonFields only(Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(prefix + name, "is not a field of this request");
            }
        }
        return this;
    }

    /** A text field; absent and {@code null} both give {@code null}. */
    public String text(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(prefix + field, "must be a string");
            return null;
        }
        return value.textValue();
    }

    /**
     * A text field of a partial update (JSON merge patch): absent gives {@code null} (keep it), {@code null} gives
     * {@code ""} (clear it).
     */
    public String patchText(String field) {
        JsonNode value = object.get(field);
        if (value != null && value.isNull()) {
            return "";
        }
        return text(field);
    }

    /** A whole-number field; absent and {@code null} both give {@code null}. */
    public Long wholeNumber(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problems.add(prefix + field, "must be a whole number");
            return null;
        }
        return value.longValue();
    }

    /** An instant field in ISO-8601 with an offset ({@code 2026-03-02T09:00:00Z}); absent and {@code null} give null. */
    public Instant instant(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException malformed) {
            problems.add(prefix + field, "must be an ISO-8601 date-time with an offset, such as 2026-03-02T09:00:00Z");
            return null;
        }
    }

    /** An object of whole numbers by name, in the order sent; absent and {@code null} give {@code null}. */
    public Map<String, Long> wholeNumbers(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problems.add(prefix + field, "must be an object of whole numbers");
            return null;
        }
        JsonFields inner = new JsonFields(value, problems, prefix + field + ".");
        Map<String, Long> numbers = new LinkedHashMap<>();
        value.fieldNames().forEachRemaining(name -> numbers.put(name, inner.wholeNumber(name)));
        return numbers;
    }

    /** A list of texts, in the order sent; absent and {@code null} give {@code null}. */
    public List<String> texts(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            problems.add(prefix + field, "must be a list of strings");
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                problems.add(prefix + field + "[" + i + "]", "must be a string");
            } else {
                texts.add(value.get(i).textValue());
            }
        }
        return texts;
    }

    /** A nested object, read with the same checks; its problems are named {@code field.inner}. Null when absent. */
    public JsonFields object(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problems.add(prefix + field, "must be an object");
            return null;
        }
        return new JsonFields(value, problems, prefix + field + ".");
    }

    /** Throws {@link dev.roster.application.error.InvalidInputException} if any field was refused. */
    public void done() {
        problems.throwIfAny();
    }
}

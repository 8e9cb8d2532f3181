package dev.roster.adapters.http.routes.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.application.validation.Problems;
import java.util.Iterator;
import java.util.Set;

/**
 * The fields of a JSON request body, read with their types checked. Every problem is collected, so a caller hears of
 * every bad field at once; {@link #done()} refuses the body if there was any.
 */
public final class JsonFields {

    private final JsonNode object;
    private final Problems problems = new Problems();

    JsonFields(JsonNode object) {
        this.object = object;
    }

    /** Refuses fields the request does not have: a typo must not be ignored silently. */
    public JsonFields only(Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(name, "is not a field of this request");
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
            problems.add(field, "must be a string");
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
            problems.add(field, "must be a whole number");
            return null;
        }
        return value.longValue();
    }

    /** Throws {@link dev.roster.application.error.InvalidInputException} if any field was refused. */
    public void done() {
        problems.throwIfAny();
    }
}

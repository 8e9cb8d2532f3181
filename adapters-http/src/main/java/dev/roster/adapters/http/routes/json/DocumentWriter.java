package dev.roster.adapters.http.routes.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the API's documents with Jackson's streaming generator, exactly as databind configured by {@link JsonCodec}
 * would (records by their components in order, nulls written unless the record is {@code @JsonInclude(NON_NULL)},
 * ISO-8601 instants and dates, enums by name), walking records, maps and lists itself. A cold Lambda answers a read
 * without loading databind's 570 classes, about a tenth of its start; {@code DocumentWriterTest} holds the output to
 * databind's byte for byte.
 */
final class DocumentWriter {

    private final JsonFactory factory = new JsonFactory();
    private final ClassValue<RecordShape> shapes = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    /** @throws IllegalArgumentException for a value of a type documents do not hold (a programming error) */
    byte[] write(Object document) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(512);
        try (JsonGenerator out = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
            value(document, out);
        } catch (IOException unwritable) {
            // Only the generator's own limits can end here: the bytes go to memory.
            throw new UncheckedIOException(unwritable);
        }
        return bytes.toByteArray();
    }

    /** The commonest kinds first: checks against classes are cheaper than against interfaces. */
    private void value(Object value, JsonGenerator out) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Record record) {
            record(record, out);
        } else if (value instanceof Number number) {
            number(number, out);
        } else if (value instanceof Instant
                || value instanceof LocalDate
                || value instanceof UUID
                || value instanceof URI
                || value instanceof Character
                || value instanceof CharSequence) {
            out.writeString(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            object(map, out);
        } else if (value instanceof Iterable<?> items) {
            out.writeStartArray();
            for (Object item : items) {
                value(item, out);
            }
            out.writeEndArray();
        } else if (value instanceof Boolean truth) {
            out.writeBoolean(truth);
        } else if (value instanceof Enum<?> constant) {
            out.writeString(constant.name());
        } else {
            throw new IllegalArgumentException(
                    "a document cannot hold a " + value.getClass().getName());
        }
    }

    /** As databind's number serializers: each kind by its own generator call, other numbers by their text. */
    private static void number(Number number, JsonGenerator out) throws IOException {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            out.writeNumber(number.longValue());
        } else if (number instanceof Double real) {
            out.writeNumber(real);
        } else if (number instanceof Float single) {
            out.writeNumber(single);
        } else if (number instanceof BigDecimal decimal) {
            out.writeNumber(decimal);
        } else if (number instanceof BigInteger integer) {
            out.writeNumber(integer);
        } else {
            out.writeNumber(number.toString());
        }
    }

    private void object(Map<?, ?> map, JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw new IllegalArgumentException("a document's keys are text, not " + entry.getKey());
            }
            out.writeFieldName(name);
            value(entry.getValue(), out);
        }
        out.writeEndObject();
    }

    private void record(Record record, JsonGenerator out) throws IOException {
        RecordShape shape = shapes.get(record.getClass());
        out.writeStartObject();
        for (int i = 0; i < shape.names().length; i++) {
            Object component = shape.read(record, i);
            if (component != null || !shape.skipsNulls()) {
                out.writeFieldName(shape.names()[i]);
                value(component, out);
            }
        }
        out.writeEndObject();
    }

    /**
     * A record type's component names, encoded once as databind encodes its property names, and their accessors,
     * looked up once per type.
     */
    private record RecordShape(SerializedString[] names, Method[] accessors, boolean skipsNulls) {

        static RecordShape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            SerializedString[] names = new SerializedString[components.length];
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = new SerializedString(components[i].getName());
                accessors[i] = components[i].getAccessor();
                // Records nested in non-public types are documents too, as they are to Jackson.
                accessors[i].setAccessible(true);
            }
            JsonInclude include = type.getAnnotation(JsonInclude.class);
            return new RecordShape(
                    names, accessors, include != null && include.value() == JsonInclude.Include.NON_NULL);
        }

        Object read(Record record, int component) {
            try {
                return accessors[component].invoke(record);
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new IllegalStateException(
                        "cannot read " + names[component] + " of " + record.getClass(), unreadable);
            }
        }
    }
}

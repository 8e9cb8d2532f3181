package dev.roster.adapters.http.routes.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the API's documents as JSON, exactly as Jackson's databind configured by {@link JsonCodec} would (records by
 * their components in order, nulls written unless the record is {@code @JsonInclude(NON_NULL)}, ISO-8601 instants and
 * dates, enums by name, text as UTF-8 but for emoji's escaped surrogates), by walking records, maps and lists itself. A cold Lambda answers a
 * read without ever loading databind's 570 classes, about a tenth of its start; {@code DocumentWriterTest} holds the
 * output to databind's byte for byte.
 */
final class DocumentWriter {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final ClassValue<RecordShape> shapes = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    /** @throws IllegalArgumentException for a value of a type documents do not hold (a programming error) */
    byte[] write(Object document) {
        StringBuilder out = new StringBuilder(256);
        value(document, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void value(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof Instant
                || value instanceof LocalDate || value instanceof UUID || value instanceof URI) {
            string(value.toString(), out);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Number number) {
            number(number, out);
        } else if (value instanceof Enum<?> constant) {
            string(constant.name(), out);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out);
        } else if (value instanceof Iterable<?> items) {
            array(items.iterator(), out);
        } else if (value instanceof Record record) {
            record(record, out);
        } else {
            throw new IllegalArgumentException("a document cannot hold a " + value.getClass().getName());
        }
    }

    private static void number(Number number, StringBuilder out) {
        boolean notFinite = number instanceof Double real && !Double.isFinite(real)
                || number instanceof Float single && !Float.isFinite(single);
        if (notFinite) {
            // Jackson's default: NaN and the infinities, which JSON has no numbers for, as strings.
            string(number.toString(), out);
        } else {
            out.append(number);
        }
    }

    private void object(Map<?, ?> map, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw new IllegalArgumentException("a document's keys are text, not " + entry.getKey());
            }
            first = member(name, entry.getValue(), first, out);
        }
        out.append('}');
    }

    private void array(Iterator<?> items, StringBuilder out) {
        out.append('[');
        while (items.hasNext()) {
            value(items.next(), out);
            if (items.hasNext()) {
                out.append(',');
            }
        }
        out.append(']');
    }

    private void record(Record record, StringBuilder out) {
        RecordShape shape = shapes.get(record.getClass());
        out.append('{');
        boolean first = true;
        for (int i = 0; i < shape.names().length; i++) {
            Object component = shape.read(record, i);
            if (component != null || !shape.skipsNulls()) {
                first = member(shape.names()[i], component, first, out);
            }
        }
        out.append('}');
    }

    private boolean member(String name, Object value, boolean first, StringBuilder out) {
        if (!first) {
            out.append(',');
        }
        string(name, out);
        out.append(':');
        value(value, out);
        return false;
    }

    /** Jackson's escaping: quote, backslash, control characters and surrogates; the rest as it is, in UTF-8. */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        // Characters beyond the BMP (emoji) as their two escaped surrogates, lone ones likewise.
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                                .append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A record type's component names and accessors, looked up once per type. */
    private record RecordShape(String[] names, Method[] accessors, boolean skipsNulls) {

        static RecordShape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                accessors[i] = components[i].getAccessor();
                // Records nested in non-public types are documents too, as they are to Jackson.
                accessors[i].setAccessible(true);
            }
            JsonInclude include = type.getAnnotation(JsonInclude.class);
            return new RecordShape(names, accessors, include != null && include.value() == JsonInclude.Include.NON_NULL);
        }

        Object read(Record record, int component) {
            try {
                return accessors[component].invoke(record);
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new IllegalStateException("cannot read " + names[component] + " of " + record.getClass(),
                        unreadable);
            }
        }
    }
}

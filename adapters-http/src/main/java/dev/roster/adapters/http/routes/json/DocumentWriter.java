package dev.roster.adapters.http.routes.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final ClassValue<RecordShape> shapes = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    /** @throws IllegalArgumentException for a value of a type documents do not hold (a programming error) */
    byte[] write(Object document) {
        Utf8Out out = new Utf8Out();
        value(document, out);
        return out.bytes();
    }

    private void value(Object value, Utf8Out out) {
        if (value == null) {
            out.ascii("null");
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof Instant
                || value instanceof LocalDate || value instanceof UUID || value instanceof URI) {
            out.quoted(value.toString());
        } else if (value instanceof Boolean truth) {
            out.ascii(truth ? "true" : "false");
        } else if (value instanceof Number number) {
            number(number, out);
        } else if (value instanceof Enum<?> constant) {
            out.quoted(constant.name());
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

    private static void number(Number number, Utf8Out out) {
        boolean notFinite = number instanceof Double real && !Double.isFinite(real)
                || number instanceof Float single && !Float.isFinite(single);
        if (notFinite) {
            // Jackson's default: NaN and the infinities, which JSON has no numbers for, as strings.
            out.quoted(number.toString());
        } else {
            out.ascii(number.toString());
        }
    }

    private void object(Map<?, ?> map, Utf8Out out) {
        out.put('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw new IllegalArgumentException("a document's keys are text, not " + entry.getKey());
            }
            first = member(name, entry.getValue(), first, out);
        }
        out.put('}');
    }

    private void array(Iterator<?> items, Utf8Out out) {
        out.put('[');
        while (items.hasNext()) {
            value(items.next(), out);
            if (items.hasNext()) {
                out.put(',');
            }
        }
        out.put(']');
    }

    private void record(Record record, Utf8Out out) {
        RecordShape shape = shapes.get(record.getClass());
        out.put('{');
        boolean first = true;
        for (int i = 0; i < shape.names().length; i++) {
            Object component = shape.read(record, i);
            if (component != null || !shape.skipsNulls()) {
                first = member(shape.names()[i], component, first, out);
            }
        }
        out.put('}');
    }

    private boolean member(String name, Object value, boolean first, Utf8Out out) {
        if (!first) {
            out.put(',');
        }
        out.quoted(name);
        out.put(':');
        value(value, out);
        return false;
    }

    /** A growing buffer of UTF-8 bytes: documents go out as bytes, so no text is built first and encoded after. */
    private static final class Utf8Out {

        /** The most bytes one character can take here: an escaped one, {@code \\uXXXX}. */
        private static final int MOST_PER_CHAR = 6;

        private byte[] buffer = new byte[512];
        private int size;

        void put(char c) {
            room(1);
            buffer[size++] = (byte) c;
        }

        /** Text known to be ASCII and to need no escaping: numbers, instants, dates, literals. */
        void ascii(String text) {
            int length = text.length();
            room(length);
            for (int i = 0; i < length; i++) {
                buffer[size++] = (byte) text.charAt(i);
            }
        }

        /**
         * Jackson's escaping: quote, backslash, control characters and surrogates (so characters beyond the BMP,
         * emoji, go as two escaped surrogates); the rest as it is, in UTF-8.
         */
        void quoted(String text) {
            int length = text.length();
            room(length * MOST_PER_CHAR + 2);
            byte[] out = buffer;
            int at = size;
            out[at++] = '"';
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    at = c >= 0x20 && c != '"' && c != '\\' ? put(out, at, c) : escapedAscii(out, at, c);
                } else if (c < 0x800) {
                    out[at++] = (byte) (0xC0 | c >> 6);
                    out[at++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    at = unicodeEscape(out, at, c);
                } else {
                    out[at++] = (byte) (0xE0 | c >> 12);
                    out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    out[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            out[at++] = '"';
            size = at;
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }

        private static int put(byte[] out, int at, char c) {
            out[at] = (byte) c;
            return at + 1;
        }

        private static int escapedAscii(byte[] out, int at, char c) {
            char shortForm = switch (c) {
                case '"' -> '"';
                case '\\' -> '\\';
                case '\b' -> 'b';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\f' -> 'f';
                case '\r' -> 'r';
                default -> 0;
            };
            if (shortForm == 0) {
                return unicodeEscape(out, at, c);
            }
            out[at] = '\\';
            out[at + 1] = (byte) shortForm;
            return at + 2;
        }

        private static int unicodeEscape(byte[] out, int at, char c) {
            out[at] = '\\';
            out[at + 1] = 'u';
            out[at + 2] = HEX[c >> 12];
            out[at + 3] = HEX[c >> 8 & 0xF];
            out[at + 4] = HEX[c >> 4 & 0xF];
            out[at + 5] = HEX[c & 0xF];
            return at + 6;
        }

        private void room(int bytes) {
            if (size + bytes > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes));
            }
        }
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

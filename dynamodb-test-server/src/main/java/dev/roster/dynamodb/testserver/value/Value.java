package dev.roster.dynamodb.testserver.value;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One attribute value, immutable. Numbers are held normalised (so equal numbers are equal values) and sets keep the
 * order they were given in, as DynamoDB promises no order for them.
 */
public sealed interface Value {

    Type type();

    /** Bytes the value takes in an item, by AWS's "DynamoDB item sizes and formats". */
    int size();

    record S(String value) implements Value {
        @Override
        public Type type() {
            return Type.S;
        }

        @Override
        public int size() {
            return utf8(value);
        }
    }

    record N(BigDecimal value) implements Value {
        public static N of(String text) {
            return new N(Numbers.parse(text));
        }

        @Override
        public Type type() {
            return Type.N;
        }

        @Override
        public int size() {
            return Numbers.size(value);
        }

        @Override
        public String toString() {
            return Numbers.format(value);
        }
    }

    record B(Bytes value) implements Value {
        @Override
        public Type type() {
            return Type.B;
        }

        @Override
        public int size() {
            return value.length();
        }
    }

    record Bool(boolean value) implements Value {
        @Override
        public Type type() {
            return Type.BOOL;
        }

        @Override
        public int size() {
            return 1;
        }
    }

    record Null() implements Value {
        @Override
        public Type type() {
            return Type.NULL;
        }

        @Override
        public int size() {
            return 1;
        }
    }

    record L(List<Value> values) implements Value {
        public L {
            values = List.copyOf(values);
        }

        @Override
        public Type type() {
            return Type.L;
        }

        @Override
        public int size() {
            int size = 3;
            for (Value value : values) {
                size += 1 + value.size();
            }
            return size;
        }
    }

    record M(Map<String, Value> values) implements Value {
        public M {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        @Override
        public Type type() {
            return Type.M;
        }

        @Override
        public int size() {
            int size = 3;
            for (Map.Entry<String, Value> entry : values.entrySet()) {
                size += 1 + utf8(entry.getKey()) + entry.getValue().size();
            }
            return size;
        }
    }

    record SS(Set<String> values) implements Value {
        public SS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        @Override
        public Type type() {
            return Type.SS;
        }

        @Override
        public int size() {
            return values.stream().mapToInt(Value::utf8).sum();
        }
    }

    record NS(Set<BigDecimal> values) implements Value {
        public NS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        @Override
        public Type type() {
            return Type.NS;
        }

        @Override
        public int size() {
            return values.stream().mapToInt(Numbers::size).sum();
        }
    }

    record BS(Set<Bytes> values) implements Value {
        public BS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        @Override
        public Type type() {
            return Type.BS;
        }

        @Override
        public int size() {
            return values.stream().mapToInt(Bytes::length).sum();
        }
    }

    /** Bytes of {@code text} in UTF-8, as DynamoDB counts names and strings. */
    static int utf8(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}

package dev.roster.dynamodb.testserver.expression;

import dev.roster.dynamodb.testserver.value.Value;
import java.math.BigDecimal;
import java.util.Map;

/** What a condition compares: a document path, a value placeholder, or {@code size(path)}. */
public sealed interface Operand {

    /** The operand's value in {@code item}, or {@code null} when it names nothing there. */
    Value resolve(Map<String, Value> item);

    record PathOperand(Path path) implements Operand {
        @Override
        public Value resolve(Map<String, Value> item) {
            return Documents.get(item, path);
        }
    }

    record Literal(Value value) implements Operand {
        @Override
        public Value resolve(Map<String, Value> item) {
            return value;
        }
    }

    /** {@code size(path)}: a string's or binary's length in bytes, a collection's number of elements. */
    record Size(Path path) implements Operand {
        @Override
        public Value resolve(Map<String, Value> item) {
            Value value = Documents.get(item, path);
            if (value == null) {
                return null;
            }
            long size;
            if (value instanceof Value.S s) {
                size = s.size();
            } else if (value instanceof Value.B b) {
                size = b.value().length();
            } else if (value instanceof Value.L l) {
                size = l.values().size();
            } else if (value instanceof Value.M m) {
                size = m.values().size();
            } else if (value instanceof Value.SS ss) {
                size = ss.values().size();
            } else if (value instanceof Value.NS ns) {
                size = ns.values().size();
            } else if (value instanceof Value.BS bs) {
                size = bs.values().size();
            } else {
                return null;
            }
            return new Value.N(BigDecimal.valueOf(size));
        }
    }
}

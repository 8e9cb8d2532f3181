package dev.roster.dynamodb.testserver.expression;

import dev.roster.dynamodb.testserver.value.Type;
import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueOrder;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A parsed condition (or filter, or key condition) expression, evaluated against an item as AWS's "Condition and
 * filter expressions, operators, and functions" describes: a comparison with a missing attribute or with a value of
 * another type is false ({@code <>} excepted: a missing attribute is not equal to anything).
 */
public sealed interface Condition {

    boolean test(Map<String, Value> item);

    /** Visits every path the condition reads. */
    void paths(Consumer<Path> visitor);

    record Comparison(Comparator operator, Operand left, Operand right) implements Condition {
        @Override
        public boolean test(Map<String, Value> item) {
            Value a = left.resolve(item);
            Value b = right.resolve(item);
            if (operator == Comparator.NE) {
                return a == null || b == null || !a.equals(b);
            }
            if (a == null || b == null) {
                return false;
            }
            if (operator == Comparator.EQ) {
                return a.equals(b);
            }
            if (a.type() != b.type() || !a.type().scalar()) {
                return false;
            }
            int order = ValueOrder.compare(a, b);
            return switch (operator) {
                case LT -> order < 0;
                case LE -> order <= 0;
                case GT -> order > 0;
                case GE -> order >= 0;
                default -> throw new IllegalStateException("not a comparator: " + operator);
            };
        }

        @Override
        public void paths(Consumer<Path> visitor) {
            visit(left, visitor);
            visit(right, visitor);
        }
    }

    record Between(Operand value, Operand low, Operand high) implements Condition {
        @Override
        public boolean test(Map<String, Value> item) {
            Value v = value.resolve(item);
            Value a = low.resolve(item);
            Value b = high.resolve(item);
            if (v == null
                    || a == null
                    || b == null
                    || !v.type().scalar()
                    || v.type() != a.type()
                    || v.type() != b.type()) {
                return false;
            }
            return ValueOrder.compare(a, v) <= 0 && ValueOrder.compare(v, b) <= 0;
        }

        @Override
        public void paths(Consumer<Path> visitor) {
            visit(value, visitor);
            visit(low, visitor);
            visit(high, visitor);
        }
    }

    record In(Operand value, List<Operand> candidates) implements Condition {
        @Override
        public boolean test(Map<String, Value> item) {
            Value v = value.resolve(item);
            return v != null && candidates.stream().anyMatch(candidate -> v.equals(candidate.resolve(item)));
        }

        @Override
        public void paths(Consumer<Path> visitor) {
            visit(value, visitor);
            candidates.forEach(candidate -> visit(candidate, visitor));
        }
    }

    record And(Condition left, Condition right) implements Condition {
        @Override
        public boolean test(Map<String, Value> item) {
            return left.test(item) && right.test(item);
        }

        @Override
        public void paths(Consumer<Path> visitor) {
            left.paths(visitor);
            right.paths(visitor);
        }
    }

    record Or(Condition left, Condition right) implements Condition {
        @Override
        public boolean test(Map<String, Value> item) {
            return left.test(item) || right.test(item);
        }

        @Override
        public void paths(Consumer<Path> visitor) {
            left.paths(visitor);
            right.paths(visitor);
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public boolean test(Map<String, Value> item) {
            return !condition.test(item);
        }

        @Override
        public void paths(Consumer<Path> visitor) {
            condition.paths(visitor);
        }
    }

    /** {@code attribute_exists(path)} ({@code wanted}) or {@code attribute_not_exists(path)}. */
    record Exists(Path path, boolean wanted) implements Condition {
        @Override
        public boolean test(Map<String, Value> item) {
            return (Documents.get(item, path) != null) == wanted;
        }

        @Override
        public void paths(Consumer<Path> visitor) {
            visitor.accept(path);
        }
    }

    record TypeIs(Path path, Type type) implements Condition {
        @Override
        public boolean test(Map<String, Value> item) {
            Value value = Documents.get(item, path);
            return value != null && value.type() == type;
        }

        @Override
        public void paths(Consumer<Path> visitor) {
            visitor.accept(path);
        }
    }

    /** {@code begins_with(path, prefix)}: strings by their text, binaries by their bytes. */
    record BeginsWith(Operand value, Operand prefix) implements Condition {
        @Override
        public boolean test(Map<String, Value> item) {
            Value v = value.resolve(item);
            Value p = prefix.resolve(item);
            if (v instanceof Value.S s && p instanceof Value.S start) {
                return s.value().startsWith(start.value());
            }
            if (v instanceof Value.B b && p instanceof Value.B start) {
                return b.value().startsWith(start.value());
            }
            return false;
        }

        @Override
        public void paths(Consumer<Path> visitor) {
            visit(value, visitor);
            visit(prefix, visitor);
        }
    }

    /** {@code contains(path, operand)}: a substring of a string, an element of a set or of a list. */
    record Contains(Operand container, Operand element) implements Condition {
        @Override
        public boolean test(Map<String, Value> item) {
            Value c = container.resolve(item);
            Value e = element.resolve(item);
            if (c == null || e == null) {
                return false;
            }
            if (c instanceof Value.S s) {
                return e instanceof Value.S part && s.value().contains(part.value());
            }
            if (c instanceof Value.SS ss) {
                return e instanceof Value.S s && ss.values().contains(s.value());
            }
            if (c instanceof Value.NS ns) {
                return e instanceof Value.N n && ns.values().contains(n.value());
            }
            if (c instanceof Value.BS bs) {
                return e instanceof Value.B b && bs.values().contains(b.value());
            }
            if (c instanceof Value.L list) {
                return list.values().contains(e);
            }
            return false;
        }

        @Override
        public void paths(Consumer<Path> visitor) {
            visit(container, visitor);
            visit(element, visitor);
        }
    }

    private static void visit(Operand operand, Consumer<Path> visitor) {
        if (operand instanceof Operand.PathOperand path) {
            visitor.accept(path.path());
        } else if (operand instanceof Operand.Size size) {
            visitor.accept(size.path());
        }
    }
}

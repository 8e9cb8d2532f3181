package dev.roster.dynamodb.testserver.expression;

import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.value.Bytes;
import dev.roster.dynamodb.testserver.value.Numbers;
import dev.roster.dynamodb.testserver.value.Type;
import dev.roster.dynamodb.testserver.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed update expression (AWS's "Using update expressions in DynamoDB"): {@code SET}, {@code REMOVE}, {@code ADD}
 * and {@code DELETE} clauses. Every operand is read from the item as it was before the update; then the actions apply
 * in that clause order.
 */
public record UpdateExpression(
        List<SetAction> sets, List<Path> removes, List<SetChange> adds, List<SetChange> deletes) {

    /** {@code SET path = value}. */
    public record SetAction(Path path, UpdateValue value) {}

    /** {@code ADD path :value} or {@code DELETE path :value}. */
    public record SetChange(Path path, Value value) {}

    /** The right-hand side of a {@code SET}: an operand, a function of operands, or a sum or difference. */
    public sealed interface UpdateValue {
        Value evaluate(Map<String, Value> item);
    }

    record Ref(Operand operand) implements UpdateValue {
        @Override
        public Value evaluate(Map<String, Value> item) {
            Value value = operand.resolve(item);
            if (value == null) {
                throw DynamoDbException.validation(
                        "The provided expression refers to an attribute that does not exist in the item");
            }
            return value;
        }
    }

    record Arithmetic(UpdateValue left, boolean plus, UpdateValue right) implements UpdateValue {
        @Override
        public Value evaluate(Map<String, Value> item) {
            Value a = left.evaluate(item);
            Value b = right.evaluate(item);
            if (!(a instanceof Value.N x) || !(b instanceof Value.N y)) {
                throw incorrectType();
            }
            BigDecimal result = plus ? x.value().add(y.value()) : x.value().subtract(y.value());
            return new Value.N(Numbers.check(result));
        }
    }

    record IfNotExists(Path path, UpdateValue otherwise) implements UpdateValue {
        @Override
        public Value evaluate(Map<String, Value> item) {
            Value value = Documents.get(item, path);
            return value != null ? value : otherwise.evaluate(item);
        }
    }

    record ListAppend(UpdateValue first, UpdateValue second) implements UpdateValue {
        @Override
        public Value evaluate(Map<String, Value> item) {
            Value a = first.evaluate(item);
            Value b = second.evaluate(item);
            if (!(a instanceof Value.L x) || !(b instanceof Value.L y)) {
                throw incorrectType();
            }
            List<Value> both = new ArrayList<>(x.values());
            both.addAll(y.values());
            return new Value.L(both);
        }
    }

    /** Every path the expression writes, in clause order. */
    public List<Path> targets() {
        List<Path> targets = new ArrayList<>();
        sets.forEach(set -> targets.add(set.path()));
        targets.addAll(removes);
        adds.forEach(add -> targets.add(add.path()));
        deletes.forEach(delete -> targets.add(delete.path()));
        return targets;
    }

    /** The item after the update; {@code item} is left as it was. */
    public Map<String, Value> apply(Map<String, Value> item) {
        List<Value> values = new ArrayList<>();
        for (SetAction set : sets) {
            values.add(set.value().evaluate(item));
        }
        Map<String, Value> updated = new LinkedHashMap<>(item);
        for (int i = 0; i < sets.size(); i++) {
            Documents.set(updated, sets.get(i).path(), values.get(i));
        }
        for (Path remove : removes) {
            Documents.remove(updated, remove);
        }
        for (SetChange add : adds) {
            Value current = Documents.get(updated, add.path());
            Documents.set(updated, add.path(), current == null ? add.value() : add(current, add.value()));
        }
        for (SetChange delete : deletes) {
            Value current = Documents.get(updated, delete.path());
            if (current == null) {
                continue;
            }
            Value remaining = subtract(current, delete.value());
            if (remaining == null) {
                Documents.remove(updated, delete.path());
            } else {
                Documents.set(updated, delete.path(), remaining);
            }
        }
        return updated;
    }

    private static Value add(Value current, Value added) {
        if (current instanceof Value.N x && added instanceof Value.N y) {
            return new Value.N(Numbers.check(x.value().add(y.value())));
        }
        if (current.type() != added.type() || !current.type().set()) {
            throw incorrectType();
        }
        if (current instanceof Value.SS x) {
            return new Value.SS(union(x.values(), ((Value.SS) added).values()));
        }
        if (current instanceof Value.NS x) {
            return new Value.NS(union(x.values(), ((Value.NS) added).values()));
        }
        return new Value.BS(union(((Value.BS) current).values(), ((Value.BS) added).values()));
    }

    /** The set less the removed elements, or {@code null} when nothing is left (DynamoDB keeps no empty set). */
    private static Value subtract(Value current, Value removed) {
        if (current.type() != removed.type() || !current.type().set()) {
            throw incorrectType();
        }
        if (current instanceof Value.SS x) {
            Set<String> left = minus(x.values(), ((Value.SS) removed).values());
            return left.isEmpty() ? null : new Value.SS(left);
        }
        if (current instanceof Value.NS x) {
            Set<BigDecimal> left = minus(x.values(), ((Value.NS) removed).values());
            return left.isEmpty() ? null : new Value.NS(left);
        }
        Set<Bytes> left = minus(((Value.BS) current).values(), ((Value.BS) removed).values());
        return left.isEmpty() ? null : new Value.BS(left);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> union = new LinkedHashSet<>(a);
        union.addAll(b);
        return union;
    }

    private static <T> Set<T> minus(Set<T> a, Set<T> b) {
        Set<T> difference = new LinkedHashSet<>(a);
        difference.removeAll(b);
        return difference;
    }

    static DynamoDbException incorrectType() {
        return DynamoDbException.validation("An operand in the update expression has an incorrect data type");
    }

    /** Whether ADD takes a value of this type: a number or a set. */
    static boolean addable(Type type) {
        return type == Type.N || type.set();
    }
}

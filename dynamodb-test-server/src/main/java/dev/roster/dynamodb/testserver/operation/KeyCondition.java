package dev.roster.dynamodb.testserver.operation;

import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.expression.Comparator;
import dev.roster.dynamodb.testserver.expression.Condition;
import dev.roster.dynamodb.testserver.expression.Operand;
import dev.roster.dynamodb.testserver.table.KeySchema;
import dev.roster.dynamodb.testserver.table.SortRange;
import dev.roster.dynamodb.testserver.value.Type;
import dev.roster.dynamodb.testserver.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A Query's {@code KeyConditionExpression}, checked against the table's key as AWS's "Query" reference describes: an
 * equality on the partition key, and at most one condition on the sort key ({@code =}, {@code <}, {@code <=},
 * {@code >}, {@code >=}, {@code BETWEEN} or {@code begins_with}), joined by {@code AND}.
 */
record KeyCondition(Value partition, Condition sort) {

    static KeyCondition of(Condition condition, KeySchema schema) {
        List<Condition> parts = new ArrayList<>();
        conjuncts(condition, parts);
        Value partition = null;
        Condition sort = null;
        for (Condition part : parts) {
            String attribute = keyAttribute(part);
            if (attribute.equals(schema.partitionKey())
                    && part instanceof Condition.Comparison comparison
                    && comparison.operator() == Comparator.EQ) {
                if (partition != null) {
                    throw onePerKey();
                }
                partition = literal(comparison.right(), schema.partitionType());
            } else if (attribute.equals(schema.sortKey())) {
                if (sort != null) {
                    throw onePerKey();
                }
                checkSort(part, schema.sortType());
                sort = part;
            } else {
                throw unsupported();
            }
        }
        if (partition == null) {
            throw DynamoDbException.validation("Query condition missed key schema element: " + schema.partitionKey());
        }
        return new KeyCondition(partition, sort);
    }

    /** The sort keys the condition can match. */
    SortRange range() {
        if (sort instanceof Condition.Comparison comparison) {
            Value value = ((Operand.Literal) comparison.right()).value();
            return switch (comparison.operator()) {
                case EQ -> new SortRange(value, true, value, true);
                case LT -> new SortRange(null, false, value, false);
                case LE -> new SortRange(null, false, value, true);
                case GT -> new SortRange(value, false, null, false);
                case GE -> new SortRange(value, true, null, false);
                case NE -> throw new IllegalStateException("<> is not a key condition");
            };
        }
        if (sort instanceof Condition.Between between) {
            return new SortRange(
                    ((Operand.Literal) between.low()).value(), true, ((Operand.Literal) between.high()).value(), true);
        }
        if (sort instanceof Condition.BeginsWith beginsWith) {
            Value prefix = ((Operand.Literal) beginsWith.prefix()).value();
            return new SortRange(prefix, true, SortRange.pastPrefix(prefix), false);
        }
        return SortRange.ALL;
    }

    private static void conjuncts(Condition condition, List<Condition> parts) {
        if (condition instanceof Condition.And and) {
            conjuncts(and.left(), parts);
            conjuncts(and.right(), parts);
        } else {
            parts.add(condition);
        }
    }

    /** The key attribute a part of the key condition is about, left of its operator; refuses any other shape. */
    private static String keyAttribute(Condition part) {
        Operand subject;
        if (part instanceof Condition.Comparison comparison && comparison.operator() != Comparator.NE) {
            subject = comparison.left();
        } else if (part instanceof Condition.Between between) {
            subject = between.value();
        } else if (part instanceof Condition.BeginsWith beginsWith) {
            subject = beginsWith.value();
        } else {
            throw unsupported();
        }
        if (!(subject instanceof Operand.PathOperand path) || !path.path().topLevel()) {
            throw unsupported();
        }
        return path.path().attribute();
    }

    private static void checkSort(Condition part, Type type) {
        if (part instanceof Condition.Comparison comparison) {
            literal(comparison.right(), type);
        } else if (part instanceof Condition.Between between) {
            literal(between.low(), type);
            literal(between.high(), type);
        } else if (part instanceof Condition.BeginsWith beginsWith) {
            if (type == Type.N) {
                throw DynamoDbException.validation(
                        "Invalid KeyConditionExpression: Incorrect operand type for operator "
                                + "or function; operator or function: begins_with, operand type: N");
            }
            literal(beginsWith.prefix(), type);
        }
    }

    private static Value literal(Operand operand, Type type) {
        if (!(operand instanceof Operand.Literal literal)) {
            throw unsupported();
        }
        if (literal.value().type() != type) {
            throw DynamoDbException.validation(
                    "One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
        return literal.value();
    }

    private static DynamoDbException unsupported() {
        return DynamoDbException.validation("Query key condition not supported");
    }

    private static DynamoDbException onePerKey() {
        return DynamoDbException.validation("KeyConditionExpressions must only contain one condition per key");
    }
}

package dev.roster.dynamodb.testserver.expression;

import dev.roster.dynamodb.testserver.expression.Token.Kind;
import dev.roster.dynamodb.testserver.value.Type;
import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The grammar of condition, filter and key condition expressions (AWS's "Condition and filter expressions, operators,
 * and functions"), by precedence from loosest: {@code OR}, {@code AND}, {@code NOT}, then comparisons,
 * {@code BETWEEN}, {@code IN}, functions and parentheses.
 */
final class ConditionParser {

    private static final Set<String> UPDATE_FUNCTIONS = Set.of("if_not_exists", "list_append");
    private static final int MAX_IN_OPERANDS = 100;

    private final TokenReader reader;

    ConditionParser(TokenReader reader) {
        this.reader = reader;
    }

    Condition parse() {
        Condition condition = or();
        reader.expectEnd();
        return condition;
    }

    private Condition or() {
        Condition condition = and();
        while (reader.acceptKeyword("OR")) {
            condition = new Condition.Or(condition, and());
        }
        return condition;
    }

    private Condition and() {
        Condition condition = not();
        while (reader.acceptKeyword("AND")) {
            condition = new Condition.And(condition, not());
        }
        return condition;
    }

    private Condition not() {
        if (reader.acceptKeyword("NOT")) {
            return new Condition.Not(not());
        }
        return primary();
    }

    private Condition primary() {
        if (reader.accept(Kind.OPEN_PAREN)) {
            Condition inner = or();
            reader.expect(Kind.CLOSE_PAREN);
            return inner;
        }
        Token token = reader.peek();
        if (token.is(Kind.IDENTIFIER)
                && reader.peek(1).is(Kind.OPEN_PAREN)
                && !token.text().equals("size")) {
            return function();
        }
        Operand left = operand();
        Token operator = reader.peek();
        if (operator.isComparator()) {
            reader.next();
            Operand right = operand();
            if (operator.kind() != Kind.EQ && operator.kind() != Kind.NE) {
                orderable(left, operator.text());
                orderable(right, operator.text());
            }
            return new Condition.Comparison(Comparator.of(operator), left, right);
        }
        if (reader.acceptKeyword("BETWEEN")) {
            Operand low = operand();
            if (!reader.acceptKeyword("AND")) {
                throw reader.unexpected();
            }
            Operand high = operand();
            orderable(left, "BETWEEN");
            orderable(low, "BETWEEN");
            orderable(high, "BETWEEN");
            if (low instanceof Operand.Literal a
                    && high instanceof Operand.Literal b
                    && a.value().type() == b.value().type()
                    && ValueOrder.compare(a.value(), b.value()) > 0) {
                throw reader.invalid("The BETWEEN operator requires upper bound to be greater than or equal to lower "
                        + "bound; lower bound operand: AttributeValue: {" + shown(a.value())
                        + "}, upper bound operand: "
                        + "AttributeValue: {" + shown(b.value()) + "}");
            }
            return new Condition.Between(left, low, high);
        }
        if (reader.acceptKeyword("IN")) {
            reader.expect(Kind.OPEN_PAREN);
            List<Operand> candidates = new ArrayList<>();
            do {
                candidates.add(operand());
            } while (reader.accept(Kind.COMMA));
            reader.expect(Kind.CLOSE_PAREN);
            if (candidates.size() > MAX_IN_OPERANDS) {
                throw reader.invalid(
                        "The IN operator is provided with too many operands; number of operands: " + candidates.size());
            }
            return new Condition.In(left, candidates);
        }
        throw reader.unexpected();
    }

    private Condition function() {
        Token name = reader.next();
        reader.expect(Kind.OPEN_PAREN);
        Condition condition = switch (name.text()) {
            case "attribute_exists" -> new Condition.Exists(pathArgument(), true);
            case "attribute_not_exists" -> new Condition.Exists(pathArgument(), false);
            case "attribute_type" -> {
                Path path = pathArgument();
                reader.expect(Kind.COMMA);
                Value type = reader.value(reader.expect(Kind.VALUE_PLACEHOLDER));
                Type named = type instanceof Value.S s ? Type.of(s.value()) : null;
                if (named == null) {
                    throw reader.invalid("Invalid attribute type name found; type: "
                            + (type instanceof Value.S s
                                    ? s.value()
                                    : type.type().name())
                            + ", valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }");
                }
                yield new Condition.TypeIs(path, named);
            }
            case "begins_with" -> {
                Operand value = operand();
                reader.expect(Kind.COMMA);
                Operand prefix = operand();
                for (Operand operand : List.of(value, prefix)) {
                    if (operand instanceof Operand.Literal literal
                            && literal.value().type() != Type.S
                            && literal.value().type() != Type.B) {
                        throw incorrectType("begins_with", literal.value().type());
                    }
                }
                yield new Condition.BeginsWith(value, prefix);
            }
            case "contains" -> {
                Operand container = operand();
                reader.expect(Kind.COMMA);
                yield new Condition.Contains(container, operand());
            }
            default ->
                throw UPDATE_FUNCTIONS.contains(name.text())
                        ? reader.invalid(
                                "The function is not allowed in a condition expression; function: " + name.text())
                        : reader.invalid("Invalid function name; function: " + name.text());
        };
        reader.expect(Kind.CLOSE_PAREN);
        return condition;
    }

    private Path pathArgument() {
        if (!reader.atPath()) {
            throw reader.unexpected();
        }
        return reader.path();
    }

    private Operand operand() {
        Token token = reader.peek();
        if (token.is(Kind.VALUE_PLACEHOLDER)) {
            reader.next();
            return new Operand.Literal(reader.value(token));
        }
        if (token.is(Kind.IDENTIFIER) && reader.peek(1).is(Kind.OPEN_PAREN)) {
            if (!token.text().equals("size")) {
                throw reader.invalid(
                        "The function is not allowed to be used this way in an expression; function: " + token.text());
            }
            reader.next();
            reader.next();
            Path path = pathArgument();
            reader.expect(Kind.CLOSE_PAREN);
            return new Operand.Size(path);
        }
        if (reader.atPath()) {
            return new Operand.PathOperand(reader.path());
        }
        throw reader.unexpected();
    }

    private void orderable(Operand operand, String operator) {
        if (operand instanceof Operand.Literal literal
                && !literal.value().type().scalar()) {
            throw incorrectType(operator, literal.value().type());
        }
    }

    private RuntimeException incorrectType(String operator, Type type) {
        return reader.invalid("Incorrect operand type for operator or function; operator or function: " + operator
                + ", operand type: " + type.name());
    }

    private static String shown(Value value) {
        return value.type().name() + "," + (value instanceof Value.S s ? s.value() : value.toString());
    }
}

package dev.roster.dynamodb.testserver.expression;

import dev.roster.dynamodb.testserver.expression.Token.Kind;
import dev.roster.dynamodb.testserver.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The grammar of update expressions: each of {@code SET}, {@code REMOVE}, {@code ADD}, {@code DELETE} at most once. */
final class UpdateParser {

    private static final Set<String> CONDITION_FUNCTIONS =
            Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains", "size");

    private final TokenReader reader;

    UpdateParser(TokenReader reader) {
        this.reader = reader;
    }

    UpdateExpression parse() {
        List<UpdateExpression.SetAction> sets = new ArrayList<>();
        List<Path> removes = new ArrayList<>();
        List<UpdateExpression.SetChange> adds = new ArrayList<>();
        List<UpdateExpression.SetChange> deletes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        do {
            Token clause = reader.peek();
            String keyword = clause.is(Kind.IDENTIFIER) ? clause.text().toUpperCase(Locale.ROOT) : "";
            if (!Set.of("SET", "REMOVE", "ADD", "DELETE").contains(keyword)) {
                throw reader.unexpected();
            }
            reader.next();
            if (!seen.add(keyword)) {
                throw reader.invalid("The \"" + keyword + "\" section can only be used once in an update expression;");
            }
            do {
                switch (keyword) {
                    case "SET" -> {
                        Path path = reader.path();
                        reader.expect(Kind.EQ);
                        sets.add(new UpdateExpression.SetAction(path, value()));
                    }
                    case "REMOVE" -> removes.add(reader.path());
                    case "ADD" -> adds.add(setChange("ADD"));
                    default -> deletes.add(setChange("DELETE"));
                }
            } while (reader.accept(Kind.COMMA));
        } while (!reader.peek().is(Kind.EOF));
        UpdateExpression update = new UpdateExpression(sets, removes, adds, deletes);
        reader.refuseOverlaps(update.targets());
        return update;
    }

    private UpdateExpression.SetChange setChange(String action) {
        Path path = reader.path();
        Value value = reader.value(reader.expect(Kind.VALUE_PLACEHOLDER));
        boolean fits = action.equals("ADD")
                ? UpdateExpression.addable(value.type())
                : value.type().set();
        if (!fits) {
            throw reader.invalid("Incorrect operand type for operator or function; operator: " + action
                    + ", operand type: " + value.type().operandName());
        }
        return new UpdateExpression.SetChange(path, value);
    }

    private UpdateExpression.UpdateValue value() {
        UpdateExpression.UpdateValue left = operand();
        if (reader.accept(Kind.PLUS)) {
            return new UpdateExpression.Arithmetic(left, true, operand());
        }
        if (reader.accept(Kind.MINUS)) {
            return new UpdateExpression.Arithmetic(left, false, operand());
        }
        return left;
    }

    private UpdateExpression.UpdateValue operand() {
        Token token = reader.peek();
        if (token.is(Kind.VALUE_PLACEHOLDER)) {
            reader.next();
            return new UpdateExpression.Ref(new Operand.Literal(reader.value(token)));
        }
        if (token.is(Kind.IDENTIFIER) && reader.peek(1).is(Kind.OPEN_PAREN)) {
            reader.next();
            reader.next();
            UpdateExpression.UpdateValue function = switch (token.text()) {
                case "if_not_exists" -> {
                    Path path = reader.path();
                    reader.expect(Kind.COMMA);
                    yield new UpdateExpression.IfNotExists(path, operand());
                }
                case "list_append" -> {
                    UpdateExpression.UpdateValue first = operand();
                    reader.expect(Kind.COMMA);
                    yield new UpdateExpression.ListAppend(first, operand());
                }
                default ->
                    throw CONDITION_FUNCTIONS.contains(token.text())
                            ? reader.invalid(
                                    "The function is not allowed in an update expression; function: " + token.text())
                            : reader.invalid("Invalid function name; function: " + token.text());
            };
            reader.expect(Kind.CLOSE_PAREN);
            return function;
        }
        if (reader.atPath()) {
            return new UpdateExpression.Ref(new Operand.PathOperand(reader.path()));
        }
        throw reader.unexpected();
    }
}

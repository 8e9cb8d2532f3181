package dev.roster.dynamodb.testserver.expression;

import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.expression.Token.Kind;
import dev.roster.dynamodb.testserver.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tokens of one expression, with what every grammar of it shares: document paths (with placeholders resolved
 * and bare reserved words refused), value placeholders, and DynamoDB's syntax errors.
 */
final class TokenReader {

    private static final ReservedWords RESERVED = ReservedWords.load();
    private static final int MAX_EXPRESSION_BYTES = 4096;

    private final String text;
    private final String kind;
    private final Placeholders placeholders;
    private final List<Token> tokens;
    private int at;

    TokenReader(String text, String kind, Placeholders placeholders) {
        if (text.isBlank()) {
            throw DynamoDbException.validation("Invalid " + kind + ": The expression can not be empty;");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_EXPRESSION_BYTES) {
            throw DynamoDbException.validation("Invalid " + kind + ": Expression size has exceeded the maximum allowed "
                    + "size; expression size: " + bytes);
        }
        this.text = text;
        this.kind = kind;
        this.placeholders = placeholders;
        this.tokens = Lexer.tokens(text, kind);
    }

    String kind() {
        return kind;
    }

    Token peek() {
        return tokens.get(at);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(at);
        if (!token.is(Kind.EOF)) {
            at++;
        }
        return token;
    }

    boolean accept(Kind kind) {
        if (peek().is(kind)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String word) {
        if (peek().isKeyword(word)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(Kind kind) {
        if (!peek().is(kind)) {
            throw unexpected();
        }
        return next();
    }

    void expectEnd() {
        if (!peek().is(Kind.EOF)) {
            throw unexpected();
        }
    }

    /** The syntax error DynamoDB reports at the current token. */
    DynamoDbException unexpected() {
        return Lexer.syntax(kind, text, at == 0 ? null : tokens.get(at - 1), peek());
    }

    DynamoDbException invalid(String message) {
        return DynamoDbException.validation("Invalid " + kind + ": " + message);
    }

    Value value(Token placeholder) {
        return placeholders.value(placeholder.text(), kind);
    }

    /** Whether the next tokens start a document path. */
    boolean atPath() {
        Token token = peek();
        return token.is(Kind.NAME_PLACEHOLDER) || token.is(Kind.IDENTIFIER) && !peek(1).is(Kind.OPEN_PAREN);
    }

    /** {@code name ( '.' name | '[' integer ']' )*}, names given bare or as {@code #placeholders}. */
    Path path() {
        List<Object> elements = new ArrayList<>();
        elements.add(name());
        while (true) {
            if (accept(Kind.DOT)) {
                elements.add(name());
            } else if (accept(Kind.OPEN_BRACKET)) {
                Token index = expect(Kind.INTEGER);
                try {
                    elements.add(Integer.parseInt(index.text()));
                } catch (NumberFormatException tooLarge) {
                    throw invalid("List index is not within the allowable range; index: " + index.text());
                }
                expect(Kind.CLOSE_BRACKET);
            } else {
                return new Path(elements);
            }
        }
    }

    private String name() {
        Token token = peek();
        if (token.is(Kind.NAME_PLACEHOLDER)) {
            next();
            return placeholders.name(token.text(), kind);
        }
        if (!token.is(Kind.IDENTIFIER)) {
            throw unexpected();
        }
        next();
        if (RESERVED.contains(token.text())) {
            throw invalid("Attribute name is a reserved keyword; reserved keyword: " + token.text());
        }
        return token.text();
    }

    /** Refuses two paths of which one is, or leads into, the other. */
    void refuseOverlaps(List<Path> paths) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                if (paths.get(i).overlaps(paths.get(j))) {
                    throw invalid("Two document paths overlap with each other; must remove or rewrite one of these "
                            + "paths; path one: " + paths.get(i) + ", path two: " + paths.get(j));
                }
            }
        }
    }
}

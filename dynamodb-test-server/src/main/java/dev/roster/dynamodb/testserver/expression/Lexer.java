package dev.roster.dynamodb.testserver.expression;

import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.expression.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens by the grammar of AWS's "Condition and filter expressions" reference. */
final class Lexer {

    private Lexer() {}

    static List<Token> tokens(String text, String kind) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '#' || c == ':') {
                i++;
                while (i < text.length() && word(text.charAt(i))) {
                    i++;
                }
                if (i == start + 1) {
                    throw syntax(kind, text, String.valueOf(c), tokens, start, i);
                }
                tokens.add(new Token(
                        c == '#' ? Kind.NAME_PLACEHOLDER : Kind.VALUE_PLACEHOLDER, text.substring(start, i), start, i));
            } else if (Character.isDigit(c)) {
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.INTEGER, text.substring(start, i), start, i));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < text.length() && word(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENTIFIER, text.substring(start, i), start, i));
            } else {
                Kind symbol = symbol(text, i);
                if (symbol == null) {
                    throw syntax(kind, text, String.valueOf(c), tokens, start, i + 1);
                }
                i += symbol == Kind.NE || symbol == Kind.LE || symbol == Kind.GE ? 2 : 1;
                tokens.add(new Token(symbol, text.substring(start, i), start, i));
            }
        }
        tokens.add(new Token(Kind.EOF, "<EOF>", text.length(), text.length()));
        return tokens;
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static Kind symbol(String text, int i) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        return switch (c) {
            case '(' -> Kind.OPEN_PAREN;
            case ')' -> Kind.CLOSE_PAREN;
            case '[' -> Kind.OPEN_BRACKET;
            case ']' -> Kind.CLOSE_BRACKET;
            case ',' -> Kind.COMMA;
            case '.' -> Kind.DOT;
            case '=' -> Kind.EQ;
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '<' -> next == '>' ? Kind.NE : next == '=' ? Kind.LE : Kind.LT;
            case '>' -> next == '=' ? Kind.GE : Kind.GT;
            default -> null;
        };
    }

    /** DynamoDB's syntax error: the offending token, and the text from the token before it to this one. */
    static DynamoDbException syntax(String kind, String text, Token previous, Token token) {
        String shown = token.is(Kind.EOF) ? "<EOF>" : token.text();
        int from = previous == null ? token.start() : previous.start();
        String near = text.substring(from, token.end()).strip();
        return DynamoDbException.validation(
                "Invalid " + kind + ": Syntax error; token: \"" + shown + "\", near: \"" + near + "\"");
    }

    private static DynamoDbException syntax(
            String kind, String text, String shown, List<Token> before, int start, int end) {
        int from = before.isEmpty() ? start : before.get(before.size() - 1).start();
        return DynamoDbException.validation("Invalid " + kind + ": Syntax error; token: \"" + shown + "\", near: \""
                + text.substring(from, end) + "\"");
    }
}

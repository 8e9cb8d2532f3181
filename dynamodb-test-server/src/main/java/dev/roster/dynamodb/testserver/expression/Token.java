package dev.roster.dynamodb.testserver.expression;

/** One token of an expression, with where it starts and ends in the text (for "near" in syntax errors). */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        IDENTIFIER,
        NAME_PLACEHOLDER,
        VALUE_PLACEHOLDER,
        INTEGER,
        OPEN_PAREN,
        CLOSE_PAREN,
        OPEN_BRACKET,
        CLOSE_BRACKET,
        COMMA,
        DOT,
        EQ,
        NE,
        LT,
        LE,
        GT,
        GE,
        PLUS,
        MINUS,
        EOF
    }

    boolean is(Kind wanted) {
        return kind == wanted;
    }

    /** Whether this is the keyword {@code word} (keywords are not case-sensitive). */
    boolean isKeyword(String word) {
        return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(word);
    }

    boolean isComparator() {
        return kind == Kind.EQ
                || kind == Kind.NE
                || kind == Kind.LT
                || kind == Kind.LE
                || kind == Kind.GT
                || kind == Kind.GE;
    }
}

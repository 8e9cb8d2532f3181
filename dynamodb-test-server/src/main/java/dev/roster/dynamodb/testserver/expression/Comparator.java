package dev.roster.dynamodb.testserver.expression;

/** The comparators of condition expressions. */
public enum Comparator {
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE;

    static Comparator of(Token token) {
        return switch (token.kind()) {
            case EQ -> EQ;
            case NE -> NE;
            case LT -> LT;
            case LE -> LE;
            case GT -> GT;
            case GE -> GE;
            default -> throw new IllegalArgumentException("not a comparator: " + token);
        };
    }
}

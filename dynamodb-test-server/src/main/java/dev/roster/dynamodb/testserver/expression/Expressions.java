package dev.roster.dynamodb.testserver.expression;

import dev.roster.dynamodb.testserver.expression.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Parses the expressions of a request, each against the request's placeholders. */
public final class Expressions {

    private Expressions() {}

    /**
     * A condition, filter or key condition expression.
     *
     * @param kind the request parameter it came in ({@code ConditionExpression}, ...), as DynamoDB's messages name it
     */
    public static Condition condition(String text, String kind, Placeholders placeholders) {
        return new ConditionParser(new TokenReader(text, kind, placeholders)).parse();
    }

    public static UpdateExpression update(String text, Placeholders placeholders) {
        return new UpdateParser(new TokenReader(text, "UpdateExpression", placeholders)).parse();
    }

    /** {@code path (, path)*}; two paths that overlap are refused. */
    public static Projection projection(String text, Placeholders placeholders) {
        TokenReader reader = new TokenReader(text, "ProjectionExpression", placeholders);
        List<Path> paths = new ArrayList<>();
        do {
            paths.add(reader.path());
        } while (reader.accept(Kind.COMMA));
        reader.expectEnd();
        reader.refuseOverlaps(paths);
        return new Projection(paths);
    }
}

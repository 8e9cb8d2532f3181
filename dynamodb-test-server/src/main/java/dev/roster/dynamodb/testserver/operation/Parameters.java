package dev.roster.dynamodb.testserver.operation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.expression.Condition;
import dev.roster.dynamodb.testserver.expression.Expressions;
import dev.roster.dynamodb.testserver.expression.Path;
import dev.roster.dynamodb.testserver.expression.Placeholders;
import dev.roster.dynamodb.testserver.expression.Projection;
import dev.roster.dynamodb.testserver.value.Items;
import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parameters several operations share: expressions and their placeholders, projections, conditions, item limits. */
final class Parameters {

    private static final List<String> LEGACY = List.of(
            "Expected", "ConditionalOperator", "AttributeUpdates", "KeyConditions", "QueryFilter", "ScanFilter");
    private static final List<String> EXPRESSIONS = List.of(
            "ConditionExpression",
            "UpdateExpression",
            "ProjectionExpression",
            "FilterExpression",
            "KeyConditionExpression");

    private Parameters() {}

    /**
     * The request's placeholders. The legacy conditional parameters DynamoDB still accepts are refused: Roster does
     * not use them, and a test server that half-understood them would pass tests DynamoDB fails.
     */
    static Placeholders placeholders(Request request) {
        for (String legacy : LEGACY) {
            if (request.has(legacy)) {
                throw DynamoDbException.validation("This test server does not support the legacy parameter " + legacy
                        + "; use the expression parameters instead");
            }
        }
        boolean anyExpression = EXPRESSIONS.stream().anyMatch(request::has);
        return Placeholders.of(
                request.node("ExpressionAttributeNames"), request.node("ExpressionAttributeValues"), anyExpression);
    }

    /** The {@code ProjectionExpression} or {@code AttributesToGet} of a read, or {@code null} for every attribute. */
    static Projection projection(Request request, Placeholders placeholders) {
        String expression = request.text("ProjectionExpression");
        JsonNode attributes = request.node("AttributesToGet");
        if (expression != null && attributes != null) {
            throw DynamoDbException.validation("Can not use both expression and non-expression parameters in the same "
                    + "request: Non-expression parameters: {AttributesToGet} Expression parameters: "
                    + "{ProjectionExpression}");
        }
        if (expression != null) {
            return Expressions.projection(expression, placeholders);
        }
        if (attributes != null) {
            List<Path> paths = new ArrayList<>();
            attributes.forEach(name -> paths.add(Path.of(name.asText())));
            return new Projection(paths);
        }
        return null;
    }

    static Condition condition(Request request, String field, Placeholders placeholders) {
        String expression = request.text(field);
        return expression == null ? null : Expressions.condition(expression, field, placeholders);
    }

    static Map<String, Value> item(Request request, String field) {
        return ValueCodec.item(request.requiredNode(field));
    }

    /** Refuses an item over DynamoDB's 400 KB. */
    static void checkSize(Map<String, Value> item, String message) {
        if (Items.size(item) > Items.MAX_ITEM_BYTES) {
            throw DynamoDbException.validation(message);
        }
    }

    /** The condition failure DynamoDB answers, with the item as it is when the request asked for it. */
    static DynamoDbException conditionFailed(Request request, Map<String, Value> current) {
        boolean withItem = "ALL_OLD"
                .equals(request.choice("ReturnValuesOnConditionCheckFailure", List.of("ALL_OLD", "NONE"), "NONE"));
        return DynamoDbException.dynamo(
                "ConditionalCheckFailedException",
                "The conditional request failed",
                withItem && current != null ? Map.of("Item", ValueCodec.json(current)) : Map.of());
    }
}

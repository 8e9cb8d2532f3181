package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static dev.roster.dynamodb.testserver.conformance.Values.n;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How DynamoDB refuses malformed expressions, in its own words. */
class ExpressionErrorsTest extends Conformance {

    private final String table = hashTable();

    @Test
    @AwsDoc(Docs.NAMES)
    void anExpressionAttributeNameNoExpressionUsesIsRefused() {
        invalid(() -> client.updateItem(request -> request.tableName(table)
                        .key(item("pk", "x"))
                        .updateExpression("SET #a = :v")
                        .expressionAttributeNames(Map.of("#a", "a", "#b", "b"))
                        .expressionAttributeValues(item(":v", 1))))
                .isEqualTo("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}");
    }

    @Test
    @AwsDoc(Docs.VALUES)
    void anExpressionAttributeValueNoExpressionUsesIsRefused() {
        invalid(() -> client.updateItem(request -> request.tableName(table)
                        .key(item("pk", "x"))
                        .updateExpression("SET a = :v")
                        .expressionAttributeValues(item(":v", 1, ":w", 2))))
                .isEqualTo("Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}");
    }

    @Test
    @AwsDoc(Docs.NAMES)
    void aPlaceholderThatIsNotDefinedIsRefused() {
        invalid(() -> client.updateItem(request -> request.tableName(table)
                        .key(item("pk", "x"))
                        .updateExpression("SET #a = :v")
                        .expressionAttributeValues(item(":v", 1))))
                .isEqualTo("Invalid UpdateExpression: An expression attribute name used in the document path is not "
                        + "defined; attribute name: #a");
        invalid(() -> client.deleteItem(request -> request.tableName(table)
                        .key(item("pk", "x"))
                        .conditionExpression("a = :missing")
                        .expressionAttributeValues(item(":other", 1))))
                .isEqualTo("Invalid ConditionExpression: An expression attribute value used in expression is not "
                        + "defined; attribute value: :missing");
    }

    @Test
    @AwsDoc(Docs.RESERVED_WORDS)
    void aReservedWordUsedBareIsRefusedInAnyCase() {
        invalid(() -> client.updateItem(request -> request.tableName(table)
                        .key(item("pk", "x"))
                        .updateExpression("SET Status = :v")
                        .expressionAttributeValues(item(":v", 1))))
                .isEqualTo("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: Status");
        invalid(() -> client.getItem(
                        request -> request.tableName(table).key(item("pk", "x")).projectionExpression("pk, name")))
                .isEqualTo(
                        "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name");
    }

    @Test
    @AwsDoc(Docs.CONDITIONS)
    void aSyntaxErrorNamesTheTokenAndWhereItIs() {
        invalid(() -> client.deleteItem(request -> request.tableName(table)
                        .key(item("pk", "x"))
                        .conditionExpression("a = = :v")
                        .expressionAttributeValues(item(":v", 1))))
                .isEqualTo("Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= =\"");
        invalid(() -> client.deleteItem(request -> request.tableName(table)
                        .key(item("pk", "x"))
                        .conditionExpression("a = :v AND")
                        .expressionAttributeValues(item(":v", 1))))
                .isEqualTo("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"");
    }

    @Test
    @AwsDoc(Docs.CONDITIONS)
    void anOperandOfTheWrongTypeIsRefused() {
        invalid(() -> client.deleteItem(request -> request.tableName(table)
                        .key(item("pk", "x"))
                        .conditionExpression("begins_with(a, :n)")
                        .expressionAttributeValues(item(":n", 1))))
                .isEqualTo("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or "
                        + "function: begins_with, operand type: N");
        invalid(() -> client.updateItem(request -> request.tableName(table)
                        .key(item("pk", "x"))
                        .updateExpression("ADD a :s")
                        .expressionAttributeValues(item(":s", "text"))))
                .isEqualTo("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, "
                        + "operand type: STRING");
    }

    @Test
    @AwsDoc(Docs.CONDITIONS)
    void anUnknownFunctionIsRefused() {
        invalid(() -> client.deleteItem(request ->
                        request.tableName(table).key(item("pk", "x")).conditionExpression("attribute_exist(a)")))
                .isEqualTo("Invalid ConditionExpression: Invalid function name; function: attribute_exist");
    }

    @Test
    @AwsDoc(Docs.CONDITIONS)
    void betweenWantsItsBoundsInOrder() {
        invalid(() -> client.deleteItem(request -> request.tableName(table)
                        .key(item("pk", "x"))
                        .conditionExpression("a BETWEEN :hi AND :lo")
                        .expressionAttributeValues(item(":hi", n("9"), ":lo", n("1")))))
                .startsWith("Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than "
                        + "or equal to lower bound");
    }
}

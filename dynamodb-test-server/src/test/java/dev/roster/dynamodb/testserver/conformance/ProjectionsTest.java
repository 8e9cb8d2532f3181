package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static dev.roster.dynamodb.testserver.conformance.Values.n;
import static dev.roster.dynamodb.testserver.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Projection expressions pick attributes, map entries and list elements. */
class ProjectionsTest extends Conformance {

    @Test
    @AwsDoc(Docs.PROJECTIONS)
    void aProjectionKeepsThePathsItNamesInsideTheirDocuments() {
        String table = hashTable();
        put(
                table,
                item(
                        "pk",
                        "p",
                        "a",
                        s("x"),
                        "b",
                        s("y"),
                        "doc",
                        AttributeValue.fromM(item("keep", s("k"), "skip", s("d"))),
                        "list",
                        AttributeValue.fromL(List.of(s("zero"), s("one"), s("two")))));

        Map<String, AttributeValue> projected = client.getItem(request -> request.tableName(table)
                        .key(item("pk", "p"))
                        .projectionExpression("a, doc.keep, #l[2], #l[0]")
                        .expressionAttributeNames(Map.of("#l", "list")))
                .item();

        assertThat(projected)
                .isEqualTo(item(
                        "a",
                        s("x"),
                        "doc",
                        AttributeValue.fromM(item("keep", s("k"))),
                        "list",
                        AttributeValue.fromL(List.of(s("zero"), s("two")))));
    }

    @Test
    @AwsDoc(Docs.PROJECTIONS)
    void attributesThatAreMissingAreLeftOutAndOverlapsAreRefused() {
        String table = hashTable();
        put(table, item("pk", "p", "a", n("1")));

        assertThat(client.getItem(request ->
                                request.tableName(table).key(item("pk", "p")).projectionExpression("a, nothing.here"))
                        .item())
                .isEqualTo(item("a", n("1")));
        invalid(() -> client.getItem(
                        request -> request.tableName(table).key(item("pk", "p")).projectionExpression("a, a.b")))
                .isEqualTo("Invalid ProjectionExpression: Two document paths overlap with each other; must remove or "
                        + "rewrite one of these paths; path one: [a], path two: [a, b]");
        assertThat(client.getItem(request ->
                                request.tableName(table).key(item("pk", "p")).attributesToGet("a"))
                        .item())
                .as("the legacy AttributesToGet")
                .isEqualTo(item("a", n("1")));
    }
}

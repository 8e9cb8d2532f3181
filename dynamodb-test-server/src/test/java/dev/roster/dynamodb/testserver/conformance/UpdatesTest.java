package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static dev.roster.dynamodb.testserver.conformance.Values.n;
import static dev.roster.dynamodb.testserver.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** Update expressions: SET, REMOVE, ADD and DELETE, and what UpdateItem returns. */
class UpdatesTest extends Conformance {

    private String table;

    @BeforeEach
    void oneItem() {
        table = hashTable();
        put(
                table,
                item(
                        "pk",
                        "item",
                        "qty",
                        n("5"),
                        "tags",
                        AttributeValue.fromSs(List.of("a", "b")),
                        "history",
                        AttributeValue.fromL(List.of(s("one"), s("two"))),
                        "doc",
                        AttributeValue.fromM(item("nested", s("deep")))));
    }

    private Map<String, AttributeValue> update(String expression, Map<String, AttributeValue> values) {
        client.updateItem(request -> request.tableName(table)
                .key(item("pk", "item"))
                .updateExpression(expression)
                .expressionAttributeValues(values.isEmpty() ? null : values));
        return get(table, item("pk", "item"));
    }

    @Test
    @AwsDoc(Docs.UPDATES)
    void setWritesValuesSumsAndDifferences() {
        Map<String, AttributeValue> item =
                update("SET qty = qty + :two, price = :p, diff = :p - qty", item(":two", 2, ":p", 10));

        assertThat(item.get("qty")).isEqualTo(n("7"));
        assertThat(item.get("price")).isEqualTo(n("10"));
        assertThat(item.get("diff")).as("operands are read before the update").isEqualTo(n("5"));
    }

    @Test
    @AwsDoc(Docs.UPDATES)
    void ifNotExistsKeepsWhatIsThere() {
        Map<String, AttributeValue> item =
                update("SET qty = if_not_exists(qty, :zero), fresh = if_not_exists(fresh, :zero)", item(":zero", 0));

        assertThat(item.get("qty")).isEqualTo(n("5"));
        assertThat(item.get("fresh")).isEqualTo(n("0"));
    }

    @Test
    @AwsDoc(Docs.UPDATES)
    void listAppendAndIndexesPastTheEndAppend() {
        Map<String, AttributeValue> item = update(
                "SET history = list_append(:first, history)", item(":first", AttributeValue.fromL(List.of(s("zero")))));
        assertThat(item.get("history").l()).extracting(AttributeValue::s).containsExactly("zero", "one", "two");

        item = update("SET history[10] = :last, history[0] = :replaced", item(":last", "end", ":replaced", "nil"));
        assertThat(item.get("history").l()).extracting(AttributeValue::s).containsExactly("nil", "one", "two", "end");
    }

    @Test
    @AwsDoc(Docs.UPDATES)
    void removeDeletesAttributesAndListElements() {
        Map<String, AttributeValue> item = update("REMOVE qty, history[0], doc.nested, absent", Map.of());

        assertThat(item).doesNotContainKey("qty");
        assertThat(item.get("history").l()).extracting(AttributeValue::s).containsExactly("two");
        assertThat(item.get("doc").m()).isEmpty();
    }

    @Test
    @AwsDoc(Docs.UPDATES)
    void addIncrementsNumbersAndExtendsSetsCreatingThemIfMissing() {
        Map<String, AttributeValue> item = update(
                "ADD qty :three, tags :more, tally :one, fresh :more",
                item(":three", 3, ":one", 1, ":more", AttributeValue.fromSs(List.of("b", "c"))));

        assertThat(item.get("qty")).isEqualTo(n("8"));
        assertThat(item.get("tally")).isEqualTo(n("1"));
        assertThat(item.get("tags").ss()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(item.get("fresh").ss()).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    @AwsDoc(Docs.UPDATES)
    void deleteTakesElementsOutOfASetAndAnEmptySetIsRemoved() {
        Map<String, AttributeValue> item =
                update("DELETE tags :a", item(":a", AttributeValue.fromSs(List.of("a", "z"))));
        assertThat(item.get("tags").ss()).containsExactly("b");

        item = update("DELETE tags :b", item(":b", AttributeValue.fromSs(List.of("b"))));
        assertThat(item).doesNotContainKey("tags");
    }

    @Test
    @AwsDoc(Docs.UPDATES)
    void clausesCombineAndEachAppearsOnce() {
        Map<String, AttributeValue> item = update(
                "SET a = :v REMOVE qty ADD n :one DELETE tags :a",
                item(":v", "x", ":one", 1, ":a", AttributeValue.fromSs(List.of("a"))));
        assertThat(item).containsEntry("a", s("x")).containsEntry("n", n("1")).doesNotContainKey("qty");

        invalid(() -> update("SET a = :v SET b = :v", item(":v", 1)))
                .isEqualTo(
                        "Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;");
    }

    @Test
    @AwsDoc(Docs.UPDATES)
    void overlappingPathsAreRefused() {
        invalid(() -> update("SET doc = :v REMOVE doc.nested", item(":v", 1)))
                .isEqualTo("Invalid UpdateExpression: Two document paths overlap with each other; must remove or "
                        + "rewrite one of these paths; path one: [doc], path two: [doc, nested]");
    }

    @Test
    @AwsDoc(Docs.UPDATES)
    void arithmeticOnAnythingButNumbersIsRefused() {
        invalid(() -> update("SET doc = doc + :one", item(":one", 1)))
                .isEqualTo("An operand in the update expression has an incorrect data type");
        invalid(() -> update("SET x = absent + :one", item(":one", 1)))
                .isEqualTo("The provided expression refers to an attribute that does not exist in the item");
        invalid(() -> update("SET absent.child = :one", item(":one", 1)))
                .isEqualTo("The document path provided in the update expression is invalid for update");
    }

    @Test
    @AwsDoc(Docs.UPDATE_ITEM)
    void keyAttributesCannotBeUpdated() {
        invalid(() -> update("SET pk = :v", item(":v", "other")))
                .isEqualTo("One or more parameter values were invalid: Cannot update attribute pk. This attribute is "
                        + "part of the key");
    }

    @Test
    @AwsDoc(Docs.UPDATE_ITEM)
    void updateItemCreatesAMissingItemFromItsKey() {
        client.updateItem(request -> request.tableName(table)
                .key(item("pk", "created"))
                .updateExpression("SET a = :v")
                .expressionAttributeValues(item(":v", 1)));

        assertThat(get(table, item("pk", "created"))).isEqualTo(item("pk", "created", "a", n("1")));
    }

    @Test
    @AwsDoc(Docs.UPDATE_ITEM)
    void returnValuesGiveTheItemOrTheUpdatedAttributesBeforeOrAfter() {
        var updatedNew = client.updateItem(request -> request.tableName(table)
                        .key(item("pk", "item"))
                        .updateExpression("SET qty = qty + :one")
                        .expressionAttributeValues(item(":one", 1))
                        .returnValues(ReturnValue.UPDATED_NEW))
                .attributes();
        var updatedOld = client.updateItem(request -> request.tableName(table)
                        .key(item("pk", "item"))
                        .updateExpression("SET qty = qty + :one")
                        .expressionAttributeValues(item(":one", 1))
                        .returnValues(ReturnValue.UPDATED_OLD))
                .attributes();
        var allNew = client.updateItem(request -> request.tableName(table)
                        .key(item("pk", "item"))
                        .updateExpression("REMOVE history")
                        .returnValues(ReturnValue.ALL_NEW))
                .attributes();
        var allOld = client.deleteItem(request ->
                        request.tableName(table).key(item("pk", "item")).returnValues(ReturnValue.ALL_OLD))
                .attributes();

        assertThat(updatedNew).isEqualTo(item("qty", n("6")));
        assertThat(updatedOld).isEqualTo(item("qty", n("6")));
        assertThat(allNew)
                .containsEntry("qty", n("7"))
                .doesNotContainKey("history")
                .containsKey("pk");
        assertThat(allOld).isEqualTo(allNew);
        invalid(() -> client.putItem(request ->
                        request.tableName(table).item(item("pk", "x")).returnValues(ReturnValue.ALL_NEW)))
                .isEqualTo("Return values set to invalid value");
    }
}

package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static dev.roster.dynamodb.testserver.conformance.Values.n;
import static dev.roster.dynamodb.testserver.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** Condition expressions: every comparator, operator and function, evaluated against one item. */
class ConditionsTest extends Conformance {

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
                        "name",
                        s("Kim Minji"),
                        "tags",
                        AttributeValue.fromSs(List.of("a", "b")),
                        "list",
                        AttributeValue.fromL(List.of(s("x"), n("2"))),
                        "doc",
                        AttributeValue.fromM(
                                item("nested", s("deep"), "parts", AttributeValue.fromL(List.of(n("10"), n("20"))))),
                        "flag",
                        AttributeValue.fromBool(true)));
    }

    /** Whether the condition holds for the item, as a conditional update tells. */
    private boolean holds(String condition, Map<String, AttributeValue> values) {
        try {
            Map<String, String> names = new HashMap<>();
            for (String name : List.of("name", "list")) {
                if (condition.contains("#" + name)) {
                    names.put("#" + name, name);
                }
            }
            client.updateItem(request -> request.tableName(table)
                    .key(item("pk", "item"))
                    .updateExpression("SET probe = :probe")
                    .conditionExpression(condition)
                    .expressionAttributeNames(names.isEmpty() ? null : names)
                    .expressionAttributeValues(with(values)));
            return true;
        } catch (ConditionalCheckFailedException failed) {
            return false;
        }
    }

    private static Map<String, AttributeValue> with(Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":probe", n("1"));
        return all;
    }

    @Test
    @AwsDoc(Docs.CONDITIONS)
    void comparatorsCompareNumbersAndStrings() {
        assertThat(holds("qty = :v", item(":v", 5))).isTrue();
        assertThat(holds("qty <> :v", item(":v", 5))).isFalse();
        assertThat(holds("qty < :v", item(":v", 10))).isTrue();
        assertThat(holds("qty <= :v", item(":v", 5))).isTrue();
        assertThat(holds("qty > :v", item(":v", 5))).isFalse();
        assertThat(holds("qty >= :v", item(":v", 5))).isTrue();
        assertThat(holds("#name > :v", item(":v", "Kim")))
                .as("strings by their bytes")
                .isTrue();
    }

    @Test
    @AwsDoc(Docs.CONDITIONS)
    void aComparisonWithAnotherTypeOrAMissingAttributeIsFalse() {
        assertThat(holds("qty = :v", item(":v", "5"))).isFalse();
        assertThat(holds("qty < :v", item(":v", "9"))).isFalse();
        assertThat(holds("absent = :v", item(":v", 1))).isFalse();
        assertThat(holds("absent <> :v", item(":v", 1))).isTrue();
    }

    @Test
    @AwsDoc(Docs.CONDITIONS)
    void betweenAndInTestRangesAndLists() {
        assertThat(holds("qty BETWEEN :a AND :b", item(":a", 5, ":b", 6))).isTrue();
        assertThat(holds("qty BETWEEN :a AND :b", item(":a", 6, ":b", 9))).isFalse();
        assertThat(holds("qty IN (:a, :b, :c)", item(":a", 1, ":b", 5, ":c", "x")))
                .isTrue();
        assertThat(holds("qty IN (:a)", item(":a", 1))).isFalse();
    }

    @Test
    @AwsDoc(Docs.CONDITIONS)
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        assertThat(holds("qty = :five OR qty = :one AND qty = :two", item(":five", 5, ":one", 1, ":two", 2)))
                .as("a OR (b AND c)")
                .isTrue();
        assertThat(holds("(qty = :five OR qty = :one) AND qty = :two", item(":five", 5, ":one", 1, ":two", 2)))
                .isFalse();
        assertThat(holds("NOT qty = :one AND qty = :five", item(":one", 1, ":five", 5)))
                .as("(NOT a) AND b")
                .isTrue();
        assertThat(holds("NOT (qty = :five AND qty = :one)", item(":one", 1, ":five", 5)))
                .isTrue();
    }

    @Test
    @AwsDoc(Docs.CONDITIONS)
    void attributeExistsNotExistsAndType() {
        assertThat(holds("attribute_exists(#name) AND attribute_not_exists(absent)", Map.of()))
                .isTrue();
        assertThat(holds("attribute_exists(doc.nested) AND attribute_exists(doc.parts[1])", Map.of()))
                .isTrue();
        assertThat(holds("attribute_exists(doc.parts[2])", Map.of())).isFalse();
        assertThat(holds(
                        "attribute_type(tags, :ss) AND attribute_type(doc, :m) AND attribute_type(flag, :bool)",
                        item(":ss", "SS", ":m", "M", ":bool", "BOOL")))
                .isTrue();
        assertThat(holds("attribute_type(qty, :s)", item(":s", "S"))).isFalse();
    }

    @Test
    @AwsDoc(Docs.CONDITIONS)
    void beginsWithContainsAndSize() {
        assertThat(holds("begins_with(#name, :p)", item(":p", "Kim"))).isTrue();
        assertThat(holds("begins_with(#name, :p)", item(":p", "Lee"))).isFalse();
        assertThat(holds("contains(#name, :part)", item(":part", "Min")))
                .as("a substring")
                .isTrue();
        assertThat(holds("contains(tags, :element)", item(":element", "b")))
                .as("a set element")
                .isTrue();
        assertThat(holds("contains(#list, :element)", item(":element", 2)))
                .as("a list element")
                .isTrue();
        assertThat(holds("contains(tags, :element)", item(":element", "z"))).isFalse();
        assertThat(holds(
                        "size(#name) = :nine AND size(tags) = :two AND size(doc.parts) = :two",
                        item(":nine", 9, ":two", 2)))
                .isTrue();
    }

    @Test
    @AwsDoc(Docs.DOCUMENT_PATHS)
    void nestedPathsAndListIndexesReachIntoDocuments() {
        assertThat(holds(
                        "doc.nested = :deep AND doc.parts[0] < doc.parts[1] AND #list[0] = :x",
                        item(":deep", "deep", ":x", "x")))
                .isTrue();
    }

    @Test
    @AwsDoc(Docs.CONDITION_EXPRESSIONS)
    void aFailedConditionIsConditionalCheckFailedAndChangesNothing() {
        ConditionalCheckFailedException failed = catchThrowableOfType(
                ConditionalCheckFailedException.class,
                () -> client.deleteItem(request -> request.tableName(table)
                        .key(item("pk", "item"))
                        .conditionExpression("qty > :v")
                        .expressionAttributeValues(item(":v", 100))));

        assertThat(failed.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
        assertThat(failed.item()).as("only when asked for").isEmpty();
        assertThat(get(table, item("pk", "item"))).containsKey("qty");
    }

    @Test
    @AwsDoc(Docs.PUT_ITEM)
    void aFailedConditionReturnsTheItemWhenAskedTo() {
        ConditionalCheckFailedException failed = catchThrowableOfType(
                ConditionalCheckFailedException.class,
                () -> client.putItem(request -> request.tableName(table)
                        .item(item("pk", "item"))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));

        assertThat(failed.item()).containsEntry("qty", n("5")).containsEntry("pk", s("item"));
    }

    @Test
    @AwsDoc(Docs.CONDITION_EXPRESSIONS)
    void onAMissingItemOnlyAbsenceHolds() {
        client.putItem(request ->
                request.tableName(table).item(item("pk", "new")).conditionExpression("attribute_not_exists(pk)"));
        assertThat(catchThrowableOfType(
                        ConditionalCheckFailedException.class,
                        () -> client.putItem(request -> request.tableName(table)
                                .item(item("pk", "newer"))
                                .conditionExpression("attribute_exists(pk)"))))
                .isNotNull();
    }
}

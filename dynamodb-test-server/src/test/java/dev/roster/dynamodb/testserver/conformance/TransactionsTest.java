package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static dev.roster.dynamodb.testserver.conformance.Values.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** TransactWriteItems and TransactGetItems: all or nothing, reasons in order, idempotent tokens. */
class TransactionsTest extends Conformance {

    private final String table = hashTable();

    private TransactWriteItem putAction(String key, String condition) {
        return TransactWriteItem.builder()
                .put(Put.builder()
                        .tableName(table)
                        .item(item("pk", key, "v", 1))
                        .conditionExpression(condition)
                        .build())
                .build();
    }

    private TransactWriteItem check(String key, String condition) {
        return TransactWriteItem.builder()
                .conditionCheck(ConditionCheck.builder()
                        .tableName(table)
                        .key(item("pk", key))
                        .conditionExpression(condition)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build())
                .build();
    }

    @Test
    @AwsDoc(Docs.TRANSACTIONS)
    void aCancelledTransactionWritesNothingAndGivesAReasonPerActionInOrder() {
        put(table, item("pk", "exists", "v", 7));

        TransactionCanceledException cancelled = catchThrowableOfType(
                TransactionCanceledException.class,
                () -> client.transactWriteItems(request -> request.transactItems(
                        putAction("a", null), check("exists", "attribute_not_exists(pk)"), putAction("b", null))));

        assertThat(cancelled.cancellationReasons())
                .extracting(CancellationReason::code)
                .containsExactly("None", "ConditionalCheckFailed", "None");
        assertThat(cancelled.cancellationReasons().get(1).message()).isEqualTo("The conditional request failed");
        assertThat(cancelled.cancellationReasons().get(1).item()).containsEntry("v", n("7"));
        assertThat(cancelled.awsErrorDetails().errorMessage())
                .isEqualTo("Transaction cancelled, please refer "
                        + "cancellation reasons for specific reasons [None, ConditionalCheckFailed, None]");
        assertThat(get(table, item("pk", "a"))).isEmpty();
        assertThat(get(table, item("pk", "b"))).isEmpty();
    }

    @Test
    @AwsDoc(Docs.TRANSACTIONS)
    void aTransactionThatHoldsWritesEverything() {
        put(table, item("pk", "gone", "v", 1));
        client.transactWriteItems(request -> request.transactItems(
                putAction("a", "attribute_not_exists(pk)"),
                TransactWriteItem.builder()
                        .update(Update.builder()
                                .tableName(table)
                                .key(item("pk", "counter"))
                                .updateExpression("ADD v :one")
                                .expressionAttributeValues(item(":one", 1))
                                .build())
                        .build(),
                TransactWriteItem.builder()
                        .delete(Delete.builder()
                                .tableName(table)
                                .key(item("pk", "gone"))
                                .build())
                        .build()));

        assertThat(get(table, item("pk", "a"))).containsEntry("v", n("1"));
        assertThat(get(table, item("pk", "counter"))).containsEntry("v", n("1"));
        assertThat(get(table, item("pk", "gone"))).isEmpty();
    }

    @Test
    @AwsDoc(Docs.TRANSACT_WRITE)
    void twoActionsOnOneItemAreRefused() {
        invalid(() -> client.transactWriteItems(request ->
                        request.transactItems(putAction("same", null), check("same", "attribute_exists(pk)"))))
                .isEqualTo("Transaction request cannot include multiple operations on one item");
    }

    @Test
    @AwsDoc(Docs.TRANSACT_WRITE)
    void aHundredActionsAreAllowedAndNoMore() {
        List<TransactWriteItem> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(putAction("item" + i, null));
        }
        client.transactWriteItems(request -> request.transactItems(hundred));
        assertThat(client.scan(request -> request.tableName(table)).count()).isEqualTo(100);

        List<TransactWriteItem> more = new ArrayList<>(hundred);
        more.add(putAction("item100", null));
        invalid(() -> client.transactWriteItems(request -> request.transactItems(more)))
                .contains("Member must have length less than or equal to 100");
    }

    @Test
    @AwsDoc(Docs.TRANSACTIONS)
    void theSameClientTokenAppliesATransactionOnceAndCostsReadsTheSecondTime() {
        String token = UUID.randomUUID().toString();
        TransactWriteItem increment = TransactWriteItem.builder()
                .update(Update.builder()
                        .tableName(table)
                        .key(item("pk", "once"))
                        .updateExpression("ADD v :one")
                        .expressionAttributeValues(item(":one", 1))
                        .build())
                .build();

        var first = client.transactWriteItems(request -> request.transactItems(increment)
                .clientRequestToken(token)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        var second = client.transactWriteItems(request -> request.transactItems(increment)
                .clientRequestToken(token)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertThat(get(table, item("pk", "once"))).containsEntry("v", n("1"));
        assertThat(first.consumedCapacity().get(0).writeCapacityUnits()).isEqualTo(2.0);
        assertThat(second.consumedCapacity().get(0).writeCapacityUnits()).isNull();
        assertThat(second.consumedCapacity().get(0).readCapacityUnits()).isPositive();
    }

    @Test
    @AwsDoc(Docs.TRANSACTIONS)
    void theSameClientTokenForAnotherRequestIsAMismatch() {
        String token = UUID.randomUUID().toString();
        client.transactWriteItems(
                request -> request.transactItems(putAction("x", null)).clientRequestToken(token));

        assertThat(catchThrowableOfType(
                        IdempotentParameterMismatchException.class,
                        () -> client.transactWriteItems(request ->
                                request.transactItems(putAction("y", null)).clientRequestToken(token))))
                .isNotNull();
    }

    @Test
    @AwsDoc(Docs.TRANSACT_GET)
    void transactGetItemsAnswersInTheOrderAskedWithNothingForMissingItems() {
        put(table, item("pk", "one", "v", 1));
        put(table, item("pk", "two", "v", 2));

        List<ItemResponse> responses = client.transactGetItems(
                        request -> request.transactItems(getAction("two"), getAction("missing"), getAction("one")))
                .responses();

        assertThat(responses)
                .extracting(response ->
                        response.hasItem() ? response.item().get("v").n() : null)
                .containsExactly("2", null, "1");
    }

    private TransactGetItem getAction(String key) {
        return TransactGetItem.builder()
                .get(builder -> builder.tableName(table).key(item("pk", key)))
                .build();
    }
}

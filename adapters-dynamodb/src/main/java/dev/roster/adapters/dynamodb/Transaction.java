package dev.roster.adapters.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The writes of one {@code TransactWriteItems}, each with the refusal its condition stands for: when DynamoDB cancels
 * the transaction, the cancellation reasons say which condition failed, and so which refusal the caller gets.
 */
final class Transaction {

    private final List<TransactWriteItem> writes = new ArrayList<>();
    private final List<Supplier<? extends RuntimeException>> refusals = new ArrayList<>();

    /** Puts {@code item}; if {@code condition} is not null and fails, the change is refused with {@code refusal}. */
    Transaction put(
            String table,
            Map<String, AttributeValue> item,
            String condition,
            Map<String, AttributeValue> values,
            Supplier<? extends RuntimeException> refusal) {
        writes.add(TransactWriteItem.builder()
                .put(Put.builder()
                        .tableName(table)
                        .item(item)
                        .conditionExpression(condition)
                        .expressionAttributeNames(Expressions.names(condition))
                        .expressionAttributeValues(values)
                        .build())
                .build());
        refusals.add(refusal);
        return this;
    }

    Transaction put(String table, Map<String, AttributeValue> item) {
        return put(table, item, null, null, null);
    }

    Transaction update(
            String table,
            Map<String, AttributeValue> key,
            String update,
            String condition,
            Map<String, AttributeValue> values,
            Supplier<? extends RuntimeException> refusal) {
        writes.add(TransactWriteItem.builder()
                .update(Update.builder()
                        .tableName(table)
                        .key(key)
                        .updateExpression(update)
                        .conditionExpression(condition)
                        .expressionAttributeNames(Expressions.names(update, condition))
                        .expressionAttributeValues(values)
                        .build())
                .build());
        refusals.add(refusal);
        return this;
    }

    Transaction delete(
            String table,
            Map<String, AttributeValue> key,
            String condition,
            Map<String, AttributeValue> values,
            Supplier<? extends RuntimeException> refusal) {
        writes.add(TransactWriteItem.builder()
                .delete(Delete.builder()
                        .tableName(table)
                        .key(key)
                        .conditionExpression(condition)
                        .expressionAttributeNames(Expressions.names(condition))
                        .expressionAttributeValues(values)
                        .build())
                .build());
        refusals.add(refusal);
        return this;
    }

    Transaction delete(String table, Map<String, AttributeValue> key) {
        return delete(table, key, null, null, null);
    }

    Transaction check(
            String table,
            Map<String, AttributeValue> key,
            String condition,
            Map<String, AttributeValue> values,
            Supplier<? extends RuntimeException> refusal) {
        writes.add(TransactWriteItem.builder()
                .conditionCheck(ConditionCheck.builder()
                        .tableName(table)
                        .key(key)
                        .conditionExpression(condition)
                        .expressionAttributeNames(Expressions.names(condition))
                        .expressionAttributeValues(values)
                        .build())
                .build());
        refusals.add(refusal);
        return this;
    }

    List<TransactWriteItem> writes() {
        return List.copyOf(writes);
    }

    /** The refusal of the write at {@code index}, or {@code null} when its condition stands for none. */
    Supplier<? extends RuntimeException> refusal(int index) {
        return refusals.get(index);
    }

    int size() {
        return writes.size();
    }
}

package dev.roster.adapters.dynamodb;

import dev.roster.application.error.UnavailableException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Unconditional puts by BatchWriteItem (1 WCU an item of up to 1 KB, as a PutItem, but 25 items a request). Items
 * DynamoDB leaves unprocessed (throttling) are sent again after a jittered backoff.
 */
final class BatchWrites {

    static final int MAX_ITEMS = 25;
    private static final int ATTEMPTS = 10;

    /** One item and the table it goes to. */
    record Item(String table, Map<String, AttributeValue> item) {}

    private final Dynamo dynamo;

    BatchWrites(Dynamo dynamo) {
        this.dynamo = dynamo;
    }

    /** Puts at most {@value #MAX_ITEMS} items, all of them, or fails. */
    void write(List<Item> items) {
        Map<String, List<WriteRequest>> pending = new LinkedHashMap<>();
        for (Item item : items) {
            pending.computeIfAbsent(item.table(), table -> new ArrayList<>())
                    .add(WriteRequest.builder()
                            .putRequest(PutRequest.builder().item(item.item()).build())
                            .build());
        }
        resendUnprocessed(
                pending,
                sending -> {
                    BatchWriteItemResponse response =
                            dynamo.call(() -> dynamo.client().batchWriteItem(request -> request.requestItems(sending)));
                    return response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                },
                "items of a batch write");
    }

    /**
     * Sends {@code first}, then what each answer left unprocessed (DynamoDB's answer to throttling in a batch) after a
     * jittered backoff, until nothing is left; {@link UnavailableException} after {@value #ATTEMPTS} sends.
     */
    static <T> void resendUnprocessed(Map<String, T> first, UnaryOperator<Map<String, T>> send, String what) {
        Map<String, T> pending = first;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > ATTEMPTS) {
                throw new UnavailableException("DynamoDB left " + what + " unprocessed " + ATTEMPTS + " times", null);
            }
            if (attempt > 1) {
                Transactions.backOff(attempt);
            }
            pending = send.apply(pending);
        }
    }
}

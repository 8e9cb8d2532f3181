package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.dynamodb.testserver.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchGetItem and BatchWriteItem: limits, duplicates, and unprocessed items under (simulated) throttling. */
class BatchesTest extends Conformance {

    private final String table = hashTable();

    private static WriteRequest putRequest(String key) {
        return WriteRequest.builder()
                .putRequest(PutRequest.builder().item(item("pk", key)).build())
                .build();
    }

    private static List<WriteRequest> puts(int count) {
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            writes.add(putRequest("item" + i));
        }
        return writes;
    }

    @Test
    @AwsDoc(Docs.BATCH_WRITE)
    void aBatchWritesUpTo25ItemsAndARead100Keys() {
        client.batchWriteItem(request -> request.requestItems(Map.of(table, puts(25))));
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            keys.add(item("pk", "item" + i));
        }

        assertThat(client.batchGetItem(request -> request.requestItems(Map.of(
                                table, KeysAndAttributes.builder().keys(keys).build())))
                        .responses()
                        .get(table))
                .hasSize(25);
        invalid(() -> client.batchWriteItem(request -> request.requestItems(Map.of(table, puts(26)))))
                .isEqualTo("Too many items requested for the BatchWriteItem call");
        List<Map<String, AttributeValue>> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(item("pk", "k" + i));
        }
        invalid(() -> client.batchGetItem(request -> request.requestItems(
                        Map.of(table, KeysAndAttributes.builder().keys(tooMany).build()))))
                .isEqualTo("Too many items requested for the BatchGetItem call");
    }

    @Test
    @AwsDoc(Docs.BATCH_WRITE)
    void duplicateKeysInABatchAreRefused() {
        invalid(() -> client.batchWriteItem(request ->
                        request.requestItems(Map.of(table, List.of(putRequest("same"), putRequest("same"))))))
                .isEqualTo("Provided list of item keys contains duplicates");
    }

    @Test
    @AwsDoc(Docs.ERRORS)
    void aThrottledBatchReturnsWhatItDidNotWriteAsUnprocessedItems() {
        server.faults().leaveUnprocessed(Operation.BatchWriteItem, 1);

        BatchWriteItemResponse first = client.batchWriteItem(request -> request.requestItems(Map.of(table, puts(5))));

        assertThat(first.unprocessedItems().get(table)).hasSize(4);
        assertThat(client.scan(request -> request.tableName(table)).count()).isEqualTo(1);
        BatchWriteItemResponse retry = client.batchWriteItem(request -> request.requestItems(first.unprocessedItems()));
        assertThat(retry.unprocessedItems()).isEmpty();
        assertThat(client.scan(request -> request.tableName(table)).count()).isEqualTo(5);
    }

    @Test
    @AwsDoc(Docs.ERRORS)
    void aThrottledBatchReadReturnsUnprocessedKeys() {
        client.batchWriteItem(request -> request.requestItems(Map.of(table, puts(3))));
        server.faults().leaveUnprocessed(Operation.BatchGetItem, 1);

        var first = client.batchGetItem(request -> request.requestItems(Map.of(
                table,
                KeysAndAttributes.builder()
                        .keys(List.of(item("pk", "item0"), item("pk", "item1"), item("pk", "item2")))
                        .consistentRead(true)
                        .build())));

        assertThat(first.responses().get(table)).hasSize(1);
        assertThat(first.unprocessedKeys().get(table).keys()).hasSize(2);
        assertThat(first.unprocessedKeys().get(table).consistentRead()).isTrue();
        assertThat(client.batchGetItem(request -> request.requestItems(first.unprocessedKeys()))
                        .responses()
                        .get(table))
                .hasSize(2);
    }
}

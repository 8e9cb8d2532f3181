package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.Keys;
import dev.roster.adapters.dynamodb.item.Values;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Guards and pointers of the {@code keys} table read 100 at a time by BatchGetItem (strongly consistent, 1 RCU a key
 * as a GetItem, but one request for a hundred). Keys DynamoDB leaves unprocessed are asked again after a backoff
 * ({@link BatchWrites#resendUnprocessed}).
 */
final class KeyReads {

    static final int MAX_KEYS = 100;

    private final Dynamo dynamo;

    KeyReads(Dynamo dynamo) {
        this.dynamo = dynamo;
    }

    /** The items of those of {@code keys} (at most {@value #MAX_KEYS}, no two alike) that exist, by key. */
    Map<String, Map<String, AttributeValue>> read(List<String> keys) {
        String table = dynamo.tables().keys();
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        Map<String, KeysAndAttributes> pending = Map.of(
                table,
                KeysAndAttributes.builder()
                        .keys(keys.stream().map(Keys::key).toList())
                        .consistentRead(true)
                        .build());
        BatchWrites.resendUnprocessed(
                pending,
                asking -> {
                    BatchGetItemResponse response =
                            dynamo.call(() -> dynamo.client().batchGetItem(request -> request.requestItems(asking)));
                    for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                        found.put(Values.string(item, Keys.KEY), item);
                    }
                    return response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
                },
                "keys of a batch read");
        return found;
    }
}

package dev.roster.adapters.dynamodb;

import dev.roster.application.error.UnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** The client with its tables, and the one place SDK failures become {@link UnavailableException}. */
final class Dynamo {

    private final Supplier<DynamoDbClient> client;
    private final TableNames tables;

    /** @param client the client, or the wait for one still being built */
    Dynamo(Supplier<DynamoDbClient> client, TableNames tables) {
        this.client = client;
        this.tables = tables;
    }

    DynamoDbClient client() {
        return client.get();
    }

    TableNames tables() {
        return tables;
    }

    /** Runs one call; by the time an SDK failure reaches here, the SDK has already retried it with backoff. */
    <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException failure) {
            throw translate(failure);
        }
    }

    /** Every item a query finds, page after page. */
    List<Map<String, AttributeValue>> queryAll(QueryRequest query) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        QueryRequest next = query;
        QueryResponse page;
        do {
            QueryRequest sending = next;
            page = call(() -> client().query(sending));
            items.addAll(page.items());
            next = next.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        } while (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty());
        return items;
    }

    /** What the caller sees of a failure the SDK could not retry away. */
    static UnavailableException translate(SdkException failure) {
        if (failure instanceof ResourceNotFoundException missing) {
            return new UnavailableException(
                    "a DynamoDB table is missing (create the tables: roster migrate): "
                            + missing.awsErrorDetails().errorMessage(),
                    missing);
        }
        return unavailable(failure);
    }

    static UnavailableException unavailable(SdkException failure) {
        return new UnavailableException("DynamoDB did not answer: " + failure.getMessage(), failure);
    }
}

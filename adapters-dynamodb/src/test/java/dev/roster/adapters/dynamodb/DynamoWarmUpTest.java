package dev.roster.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The warm-up runs with no DynamoDB anywhere: here no emulator is started, and no table exists. */
class DynamoWarmUpTest {

    @Test
    void theCannedClientAnswersEveryRequestEmptyWithoutANetwork() {
        try (DynamoDbClient canned = DynamoClients.canned()) {
            assertThat(canned.getItem(request ->
                                    request.tableName("nowhere").key(Map.of("id", AttributeValue.fromS("x"))))
                            .hasItem())
                    .isFalse();
            assertThat(canned.query(request -> request.tableName("nowhere")).items())
                    .isEmpty();
        }
    }

    @Test
    void warmsUpTheReadsOfAGetWithNoTableAndNoNetwork() {
        List<String> asked = new ArrayList<>();
        ExecutionInterceptor watcher = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof GetItemRequest get) {
                    asked.add("GetItem " + get.tableName());
                } else if (context.request() instanceof QueryRequest query) {
                    asked.add("Query " + query.tableName());
                } else {
                    asked.add(context.request().getClass().getSimpleName());
                }
            }
        };

        try (DynamoDbClient canned = DynamoClients.canned(watcher)) {
            DynamoStorage.warmUp(DynamoSettings.defaults("no-such-prefix-"), canned);
        }

        assertThat(asked)
                .as("what a GET of an account and of a person read, answered by the canned client")
                .containsExactly("GetItem no-such-prefix-keys", "Query no-such-prefix-people");
    }
}

package dev.roster.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The warm-up runs with no DynamoDB anywhere: here no emulator is started, and no table exists. */
class DynamoWarmUpTest {

    @Test
    void theCannedClientAnswersEveryRequestEmptyWithoutANetwork() {
        try (DynamoDbClient canned = DynamoClients.canned()) {
            assertThat(canned.getItem(request -> request.tableName("nowhere")
                    .key(Map.of("id", AttributeValue.fromS("x")))).hasItem()).isFalse();
            assertThat(canned.query(request -> request.tableName("nowhere")).items()).isEmpty();
        }
    }

    @Test
    void warmsUpTheReadsOfAGetWithNoTableAndNoNetwork() {
        assertThatCode(() -> DynamoStorage.warmUp(DynamoSettings.defaults("no-such-prefix-")))
                .doesNotThrowAnyException();
    }
}

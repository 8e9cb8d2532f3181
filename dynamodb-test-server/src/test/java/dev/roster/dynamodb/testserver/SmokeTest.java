package dev.roster.dynamodb.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class SmokeTest {
    @Test
    void putGetQuery() {
        TestServer s = TestServer.shared();
        DynamoDbClient c = s.client();
        String t = s.table(ScalarAttributeType.N);
        c.putItem(r -> r.tableName(t).item(Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1"), "x", AttributeValue.fromS("y"))));
        assertThat(c.getItem(r -> r.tableName(t).key(Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1")))).item()).containsEntry("x", AttributeValue.fromS("y"));
        assertThat(c.query(r -> r.tableName(t).keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", AttributeValue.fromS("a")))).count()).isEqualTo(1);
        long t0 = System.nanoTime();
        for (int w = 0; w < 3; w++) { t0 = System.nanoTime(); for (int i = 0; i < 2000; i++) {
            c.getItem(r -> r.tableName(t).key(Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1"))));
        }
        System.out.println("getItem us: " + (System.nanoTime() - t0) / 2000 / 1000); }
    }
}

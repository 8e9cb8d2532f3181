package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static dev.roster.dynamodb.testserver.conformance.Values.n;
import static dev.roster.dynamodb.testserver.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.dynamodb.testserver.DynamoDbTestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Time to Live on a server whose clock the test steps: what expires, when, and what UpdateTimeToLive allows. */
class TimeToLiveTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private final SteppedClock clock = new SteppedClock(NOW);
    private final DynamoDbTestServer server =
            DynamoDbTestServer.builder().clock(clock).start();
    private final DynamoDbClient client = TestServer.client(server.endpoint(), 1);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void table(boolean ttl) {
        client.createTable(request -> request.tableName("ttl")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder()
                        .attributeName("pk")
                        .keyType(KeyType.HASH)
                        .build())
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("pk")
                        .attributeType(ScalarAttributeType.S)
                        .build()));
        if (ttl) {
            client.updateTimeToLive(request -> request.tableName("ttl")
                    .timeToLiveSpecification(
                            spec -> spec.attributeName("expires").enabled(true)));
        }
    }

    private void put(Map<String, AttributeValue> item) {
        client.putItem(request -> request.tableName("ttl").item(item));
    }

    private List<String> keys() {
        return client.scan(request -> request.tableName("ttl")).items().stream()
                .map(item -> item.get("pk").s())
                .sorted()
                .toList();
    }

    private static AttributeValue secondsFromNow(Duration offset) {
        return n(Long.toString(NOW.plus(offset).getEpochSecond()));
    }

    @Test
    @AwsDoc(Docs.TTL)
    void itemsWhoseExpiryHasPassedAreDeletedAndUntilThenStillRead() {
        table(true);
        put(item("pk", "expired", "expires", secondsFromNow(Duration.ofSeconds(-10))));
        put(item("pk", "later", "expires", secondsFromNow(Duration.ofHours(1))));
        put(item("pk", "text", "expires", s("0")));
        put(item("pk", "forever"));
        put(item("pk", "ancient", "expires", secondsFromNow(Duration.ofDays(-6 * 365))));

        assertThat(keys()).as("expired, not yet deleted").contains("expired");
        assertThat(server.expireItems()).isEqualTo(1);
        assertThat(keys()).containsExactly("ancient", "forever", "later", "text");

        clock.step(Duration.ofHours(2));
        assertThat(server.expireItems()).isEqualTo(1);
        assertThat(keys()).containsExactly("ancient", "forever", "text");
    }

    @Test
    @AwsDoc(Docs.TTL)
    void nothingExpiresWhileTtlIsOff() {
        table(false);
        put(item("pk", "expired", "expires", secondsFromNow(Duration.ofSeconds(-10))));

        assertThat(server.expireItems()).isZero();
        assertThat(keys()).containsExactly("expired");
    }

    @Test
    @AwsDoc(Docs.UPDATE_TTL)
    void ttlIsDescribedAndCanChangeOnlyOnceAnHour() {
        table(true);
        var described =
                client.describeTimeToLive(request -> request.tableName("ttl")).timeToLiveDescription();
        assertThat(described.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(described.attributeName()).isEqualTo("expires");

        Conformance.invalid(() -> client.updateTimeToLive(request -> request.tableName("ttl")
                        .timeToLiveSpecification(
                                spec -> spec.attributeName("expires").enabled(true))))
                .isEqualTo("TimeToLive is already enabled");
        Conformance.invalid(() -> client.updateTimeToLive(request -> request.tableName("ttl")
                        .timeToLiveSpecification(
                                spec -> spec.attributeName("expires").enabled(false))))
                .isEqualTo("Time to live has been modified multiple times within a fixed interval");

        clock.step(Duration.ofHours(1));
        client.updateTimeToLive(request -> request.tableName("ttl")
                .timeToLiveSpecification(spec -> spec.attributeName("expires").enabled(false)));
        assertThat(client.describeTimeToLive(request -> request.tableName("ttl"))
                        .timeToLiveDescription()
                        .timeToLiveStatus())
                .isEqualTo(TimeToLiveStatus.DISABLED);
    }
}

package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static dev.roster.dynamodb.testserver.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** ReturnConsumedCapacity, by AWS's rounding: reads per 4 KB, half when eventually consistent, writes per 1 KB. */
class CapacityTest extends Conformance {

    private static final ReturnConsumedCapacity TOTAL = ReturnConsumedCapacity.TOTAL;

    /** An item of about {@code kilobytes} KB under key {@code key}. */
    private static java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> sized(
            String key, double kilobytes) {
        return item("pk", key, "v", s("x".repeat((int) (kilobytes * 1024) - 10)));
    }

    @Test
    @AwsDoc(Docs.READ_WRITE_UNITS)
    void aGetItemCostsOneUnitPer4KbAndHalfWhenEventuallyConsistent() {
        String table = hashTable();
        put(table, sized("small", 1));
        put(table, sized("large", 10));

        assertThat(client.getItem(request -> request.tableName(table)
                                .key(item("pk", "small"))
                                .consistentRead(true)
                                .returnConsumedCapacity(TOTAL))
                        .consumedCapacity()
                        .capacityUnits())
                .isEqualTo(1.0);
        assertThat(client.getItem(request -> request.tableName(table)
                                .key(item("pk", "small"))
                                .returnConsumedCapacity(TOTAL))
                        .consumedCapacity()
                        .capacityUnits())
                .isEqualTo(0.5);
        assertThat(client.getItem(request -> request.tableName(table)
                                .key(item("pk", "large"))
                                .consistentRead(true)
                                .returnConsumedCapacity(TOTAL))
                        .consumedCapacity()
                        .capacityUnits())
                .isEqualTo(3.0);
        assertThat(client.getItem(request -> request.tableName(table)
                                .key(item("pk", "none"))
                                .consistentRead(true)
                                .returnConsumedCapacity(TOTAL))
                        .consumedCapacity()
                        .capacityUnits())
                .as("an item that is not there")
                .isEqualTo(1.0);
    }

    @Test
    @AwsDoc(Docs.READ_WRITE_UNITS)
    void writesCostOneUnitPerKbOfTheLargerOfBeforeAndAfter() {
        String table = hashTable();

        assertThat(client.putItem(request ->
                                request.tableName(table).item(sized("w", 1.5)).returnConsumedCapacity(TOTAL))
                        .consumedCapacity()
                        .capacityUnits())
                .isEqualTo(2.0);
        assertThat(client.putItem(request ->
                                request.tableName(table).item(item("pk", "w")).returnConsumedCapacity(TOTAL))
                        .consumedCapacity()
                        .capacityUnits())
                .as("the old item was larger")
                .isEqualTo(2.0);
        assertThat(client.deleteItem(request ->
                                request.tableName(table).key(item("pk", "w")).returnConsumedCapacity(TOTAL))
                        .consumedCapacity()
                        .writeCapacityUnits())
                .isEqualTo(1.0);
    }

    @Test
    @AwsDoc(Docs.READ_WRITE_UNITS)
    void aQueryRoundsTheSumOfItsItemsNotEachItem() {
        String table = rangeTable(ScalarAttributeType.N);
        for (int i = 0; i < 10; i++) {
            put(table, item("pk", "p", "sk", i, "v", s("x".repeat(1000))));
        }

        ConsumedCapacity query = client.query(request -> request.tableName(table)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(item(":p", "p"))
                        .consistentRead(true)
                        .returnConsumedCapacity(TOTAL))
                .consumedCapacity();

        assertThat(query.capacityUnits()).as("~10 KB: 3 units, not 10").isEqualTo(3.0);
        assertThat(query.tableName()).isEqualTo(table);
    }

    @Test
    @AwsDoc(Docs.READ_WRITE_UNITS)
    void aBatchGetRoundsEachItem() {
        String table = hashTable();
        put(table, sized("a", 1.5));
        put(table, sized("b", 6.5));

        List<ConsumedCapacity> used = client.batchGetItem(request -> request.returnConsumedCapacity(TOTAL)
                        .requestItems(java.util.Map.of(
                                table,
                                KeysAndAttributes.builder()
                                        .consistentRead(true)
                                        .keys(List.of(item("pk", "a"), item("pk", "b")))
                                        .build())))
                .consumedCapacity();

        assertThat(used)
                .singleElement()
                .extracting(ConsumedCapacity::capacityUnits)
                .isEqualTo(3.0);
    }

    @Test
    @AwsDoc(Docs.TRANSACTIONS)
    void transactionalWritesCostTwice() {
        String table = hashTable();

        List<ConsumedCapacity> used = client.transactWriteItems(request -> request.returnConsumedCapacity(TOTAL)
                        .transactItems(
                                TransactWriteItem.builder()
                                        .put(Put.builder()
                                                .tableName(table)
                                                .item(sized("t", 1.5))
                                                .build())
                                        .build(),
                                TransactWriteItem.builder()
                                        .put(Put.builder()
                                                .tableName(table)
                                                .item(item("pk", "u"))
                                                .build())
                                        .build()))
                .consumedCapacity();

        assertThat(used)
                .singleElement()
                .extracting(ConsumedCapacity::writeCapacityUnits)
                .isEqualTo(6.0);
    }

    @Test
    @AwsDoc(Docs.CONSUMED_CAPACITY)
    void indexesAddsTheTableFigureAndNoneLeavesItOut() {
        String table = hashTable();

        ConsumedCapacity indexes = client.putItem(request -> request.tableName(table)
                        .item(item("pk", "i"))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();

        assertThat(indexes.capacityUnits()).isEqualTo(1.0);
        assertThat(indexes.table().capacityUnits()).isEqualTo(1.0);
        assertThat(client.putItem(request -> request.tableName(table).item(item("pk", "i")))
                        .consumedCapacity())
                .isNull();
    }
}

package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static dev.roster.dynamodb.testserver.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** DynamoDB's size limits, with item sizes counted as AWS documents them. */
class LimitsTest extends Conformance {

    private static final int MAX_ITEM = 400 * 1024;

    @Test
    @AwsDoc(Docs.ITEM_SIZES)
    void anItemOfExactly400KbIsStoredAndOneByteMoreIsRefused() {
        String table = hashTable();
        // "pk" + "max" = 5 bytes, "v" = 1 byte: the value takes the rest
        put(table, item("pk", "max", "v", s("x".repeat(MAX_ITEM - 6))));
        assertThat(get(table, item("pk", "max")).get("v").s()).hasSize(MAX_ITEM - 6);

        invalid(() -> put(table, item("pk", "max", "v", s("x".repeat(MAX_ITEM - 5)))))
                .isEqualTo("Item size has exceeded the maximum allowed size");
        invalid(() -> client.updateItem(request -> request.tableName(table)
                        .key(item("pk", "max"))
                        .updateExpression("SET w = :w")
                        .expressionAttributeValues(item(":w", "xx"))))
                .isEqualTo("Item size to update has exceeded the maximum allowed size");
    }

    @Test
    @AwsDoc(Docs.ITEM_SIZES)
    void multiByteCharactersCountByTheirUtf8Bytes() {
        String table = hashTable();
        int room = MAX_ITEM - 6;
        put(table, item("pk", "max", "v", s("가".repeat(room / 3))));

        invalid(() -> put(table, item("pk", "max", "v", s("가".repeat(room / 3 + 1)))))
                .isEqualTo("Item size has exceeded the maximum allowed size");
    }

    @Test
    @AwsDoc(Docs.LIMITS)
    void keysHaveLimitsOfTheirOwn() {
        String table = rangeTable(ScalarAttributeType.S);
        put(table, item("pk", "p".repeat(2048), "sk", "s".repeat(1024)));

        invalid(() -> put(table, item("pk", "p".repeat(2049), "sk", "s")))
                .isEqualTo("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size "
                        + "limit of 2048 bytes");
        invalid(() -> put(table, item("pk", "p", "sk", "s".repeat(1025))))
                .isEqualTo("One or more parameter values were invalid: Aggregated size of all range keys has exceeded "
                        + "the size limit of 1024 bytes");
    }
}

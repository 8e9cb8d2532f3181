package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static dev.roster.dynamodb.testserver.conformance.Values.n;
import static dev.roster.dynamodb.testserver.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query and Scan: key conditions, order, filters, counts and pages. */
class QueryScanTest extends Conformance {

    /** A table with partition {@code p} holding sort keys 1..{@code count}, each with {@code odd} set. */
    private String numbered(int count) {
        String table = rangeTable(ScalarAttributeType.N);
        for (int i = 1; i <= count; i++) {
            put(table, item("pk", "p", "sk", i, "odd", AttributeValue.fromBool(i % 2 == 1)));
        }
        put(table, item("pk", "other", "sk", 1));
        return table;
    }

    private List<String> sortKeys(QueryResponse page) {
        return page.items().stream().map(found -> found.get("sk").n()).toList();
    }

    @Test
    @AwsDoc(Docs.KEY_CONDITIONS)
    void keyConditionsSelectARangeOfThePartition() {
        String table = numbered(10);

        assertThat(sortKeys(client.query(request -> request.tableName(table)
                        .keyConditionExpression("pk = :p AND sk BETWEEN :a AND :b")
                        .expressionAttributeValues(item(":p", "p", ":a", 3, ":b", 5)))))
                .containsExactly("3", "4", "5");
        assertThat(sortKeys(client.query(request -> request.tableName(table)
                        .keyConditionExpression("sk > :a AND pk = :p")
                        .expressionAttributeValues(item(":p", "p", ":a", 8)))))
                .containsExactly("9", "10");
        assertThat(sortKeys(client.query(request -> request.tableName(table)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(item(":p", "other")))))
                .containsExactly("1");
    }

    @Test
    @AwsDoc(Docs.KEY_CONDITIONS)
    void beginsWithSelectsAPrefixOfStringSortKeys() {
        String table = rangeTable(ScalarAttributeType.S);
        for (String key : List.of("A#1", "A#2", "B#1", "A", "C")) {
            put(table, item("pk", "p", "sk", key));
        }

        assertThat(client.query(request -> request.tableName(table)
                                .keyConditionExpression("pk = :p AND begins_with(sk, :prefix)")
                                .expressionAttributeValues(item(":p", "p", ":prefix", "A#")))
                        .items())
                .extracting(found -> found.get("sk").s())
                .containsExactly("A#1", "A#2");
    }

    @Test
    @AwsDoc(Docs.QUERY)
    void scanIndexForwardFalseReadsBackwards() {
        String table = numbered(4);

        assertThat(sortKeys(client.query(request -> request.tableName(table)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(item(":p", "p"))
                        .scanIndexForward(false)
                        .limit(3))))
                .containsExactly("4", "3", "2");
    }

    @Test
    @AwsDoc(Docs.QUERY_PAGING)
    void limitEndsAPageWithLastEvaluatedKeyAndTheNextStartsAfterIt() {
        String table = numbered(7);
        List<String> all = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = client.query(request -> request.tableName(table)
                    .keyConditionExpression("pk = :p")
                    .expressionAttributeValues(item(":p", "p"))
                    .limit(3)
                    .exclusiveStartKey(from));
            all.addAll(sortKeys(page));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);

        assertThat(all).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    @AwsDoc(Docs.QUERY_PAGING)
    void aPageEndsAfterOneMegabyteRead() {
        String table = rangeTable(ScalarAttributeType.N);
        String filler = "x".repeat(100 * 1024);
        for (int i = 0; i < 25; i++) {
            put(table, item("pk", "p", "sk", i, "filler", s(filler)));
        }

        QueryResponse first = client.query(request ->
                request.tableName(table).keyConditionExpression("pk = :p").expressionAttributeValues(item(":p", "p")));

        assertThat(first.count())
                .as("10 items are under 1 MB; the 11th crosses it")
                .isEqualTo(11);
        assertThat(first.lastEvaluatedKey()).isEqualTo(item("pk", "p", "sk", 10));
        assertThat(client
                        .queryPaginator(request -> request.tableName(table)
                                .keyConditionExpression("pk = :p")
                                .expressionAttributeValues(item(":p", "p")))
                        .items()
                        .stream()
                        .count())
                .isEqualTo(25);
    }

    @Test
    @AwsDoc(Docs.QUERY_FILTER)
    void aFilterDropsItemsAfterTheyAreReadSoCountAndScannedCountDiffer() {
        String table = numbered(6);

        QueryResponse odd = client.query(request -> request.tableName(table)
                .keyConditionExpression("pk = :p")
                .filterExpression("odd = :yes")
                .expressionAttributeValues(item(":p", "p", ":yes", AttributeValue.fromBool(true)))
                .limit(4));

        assertThat(sortKeys(odd)).containsExactly("1", "3");
        assertThat(odd.count()).isEqualTo(2);
        assertThat(odd.scannedCount()).isEqualTo(4);
        assertThat(odd.lastEvaluatedKey()).isEqualTo(item("pk", "p", "sk", 4));
        invalid(() -> client.query(request -> request.tableName(table)
                        .keyConditionExpression("pk = :p")
                        .filterExpression("sk > :one")
                        .expressionAttributeValues(item(":p", "p", ":one", 1))))
                .isEqualTo("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
    }

    @Test
    @AwsDoc(Docs.QUERY)
    void selectCountReturnsTheCountAlone() {
        String table = numbered(5);

        QueryResponse counted = client.query(request -> request.tableName(table)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(item(":p", "p"))
                .select(Select.COUNT));

        assertThat(counted.count()).isEqualTo(5);
        assertThat(counted.hasItems()).isFalse();
    }

    @Test
    @AwsDoc(Docs.KEY_CONDITIONS)
    void keyConditionsOutsideTheGrammarAreRefused() {
        String table = numbered(1);

        invalid(() -> client.query(request -> request.tableName(table)
                        .keyConditionExpression("sk = :one")
                        .expressionAttributeValues(item(":one", 1))))
                .isEqualTo("Query condition missed key schema element: pk");
        invalid(() -> client.query(request -> request.tableName(table)
                        .keyConditionExpression("pk = :p OR sk = :one")
                        .expressionAttributeValues(item(":p", "p", ":one", 1))))
                .isEqualTo("Query key condition not supported");
        invalid(() -> client.query(request -> request.tableName(table)
                        .keyConditionExpression("pk = :one")
                        .expressionAttributeValues(item(":one", 1))))
                .isEqualTo("One or more parameter values were invalid: Condition parameter type does not match schema "
                        + "type");
        invalid(() -> client.query(request -> request.tableName(table)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(item(":p", "p"))
                        .exclusiveStartKey(item("pk", "other", "sk", 1))))
                .isEqualTo("The provided starting key is outside query boundaries based on provided conditions");
    }

    @Test
    @AwsDoc(Docs.SCAN)
    void aScanPagesThroughEveryItemOnce() {
        String table = hashTable();
        for (int i = 0; i < 50; i++) {
            put(table, item("pk", "item" + i, "n", i));
        }
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page =
                    client.scan(request -> request.tableName(table).limit(7).exclusiveStartKey(from));
            page.items().forEach(found -> seen.add(found.get("pk").s()));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);

        assertThat(seen).hasSize(50).doesNotHaveDuplicates();
        assertThat(client.scan(request -> request.tableName(table)
                                .filterExpression("n < :ten")
                                .expressionAttributeValues(item(":ten", 10)))
                        .count())
                .isEqualTo(10);
    }

    @Test
    @AwsDoc(Docs.PARALLEL_SCAN)
    void parallelScanSegmentsSplitTheTableWithoutOverlap() {
        String table = hashTable();
        for (int i = 0; i < 200; i++) {
            put(table, item("pk", "item" + i));
        }
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < 4; segment++) {
            int current = segment;
            List<String> keys = client
                    .scanPaginator(request -> request.tableName(table)
                            .segment(current)
                            .totalSegments(4)
                            .limit(13))
                    .items()
                    .stream()
                    .map(found -> found.get("pk").s())
                    .toList();
            assertThat(keys).as("segment %d has a share", segment).isNotEmpty();
            total += keys.size();
            seen.addAll(keys);
        }

        assertThat(total).isEqualTo(200);
        assertThat(seen).hasSize(200);
        invalid(() -> client.scan(request -> request.tableName(table).segment(4).totalSegments(4)))
                .isEqualTo("The Segment parameter is zero-based and must be less than parameter TotalSegments: "
                        + "Segment: 4 is not less than TotalSegments: 4");
    }

    @Test
    @AwsDoc(Docs.CONSISTENCY)
    void everyReadSeesTheLatestWriteWhateverItsConsistency() {
        String table = hashTable();
        put(table, item("pk", "x", "v", n("1")));

        assertThat(client.getItem(request ->
                                request.tableName(table).key(item("pk", "x")).consistentRead(false))
                        .item())
                .containsEntry("v", n("1"));
        assertThat(client.scan(request -> request.tableName(table).consistentRead(true))
                        .count())
                .isEqualTo(1);
    }
}

package dev.roster.bench.testserver;

import dev.roster.bench.common.Medians;
import dev.roster.dynamodb.testserver.DynamoDbTestServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The DynamoDB test server's own share of a request: a strongly consistent GetItem of one item, and a
 * TransactWriteItems of 25 puts with a client request token (Roster's shape), each through the same SDK client to the
 * test server and to a no-op HTTP server that answers the same bytes doing nothing. Rounds alternate the four, each
 * round's median per call is kept, and the medians of those are compared.
 *
 * <p>Usage: {@code bench/run testserver [rounds=15] [calls per round=300]}.
 */
public final class TestServerBench {

    private static final String TABLE = "bench";
    private static final int WARM_UP = 3_000;

    private TestServerBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Map<String, AttributeValue> item = item("owner-1", 1);
        try (DynamoDbTestServer server = DynamoDbTestServer.builder().start();
                NoOpServer noOp =
                        new NoOpServer(Map.of("GetItem", "{\"Item\":" + json(item) + "}", "TransactWriteItems", "{}"));
                DynamoDbClient onServer = client(server.endpoint());
                DynamoDbClient onNoOp = client(noOp.endpoint())) {
            onServer.createTable(request -> request.tableName(TABLE)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(
                            KeySchemaElement.builder()
                                    .attributeName("pk")
                                    .keyType(KeyType.HASH)
                                    .build(),
                            KeySchemaElement.builder()
                                    .attributeName("sk")
                                    .keyType(KeyType.RANGE)
                                    .build())
                    .attributeDefinitions(
                            AttributeDefinition.builder()
                                    .attributeName("pk")
                                    .attributeType(ScalarAttributeType.S)
                                    .build(),
                            AttributeDefinition.builder()
                                    .attributeName("sk")
                                    .attributeType(ScalarAttributeType.N)
                                    .build()));
            onServer.putItem(request -> request.tableName(TABLE).item(item));

            Map<String, Consumer<DynamoDbClient>> workloads = new LinkedHashMap<>();
            workloads.put(
                    "GetItem, one item",
                    client -> client.getItem(request -> request.tableName(TABLE)
                            .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))
                            .consistentRead(true)));
            workloads.put(
                    "TransactWriteItems, 25 puts",
                    client -> client.transactWriteItems(request -> request.transactItems(puts())
                            .clientRequestToken(UUID.randomUUID().toString())));

            Map<String, List<Double>> medians = new LinkedHashMap<>();
            for (String workload : workloads.keySet()) {
                for (DynamoDbClient target : List.of(onServer, onNoOp)) {
                    for (int i = 0; i < WARM_UP; i++) {
                        workloads.get(workload).accept(target);
                    }
                    medians.put(key(workload, target == onServer), new ArrayList<>());
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (String workload : workloads.keySet()) {
                    // alternate which side goes first, so neither always runs on a warmer machine
                    List<Boolean> sides = round % 2 == 0 ? List.of(true, false) : List.of(false, true);
                    for (boolean onTestServer : sides) {
                        medians.get(key(workload, onTestServer))
                                .add(roundMedian(workloads.get(workload), onTestServer ? onServer : onNoOp, calls));
                    }
                }
            }
            System.out.printf("%d rounds of %d calls each, median per call (µs), median over rounds%n", rounds, calls);
            for (String workload : workloads.keySet()) {
                double test = Medians.of(medians.get(key(workload, true)));
                double baseline = Medians.of(medians.get(key(workload, false)));
                System.out.printf(
                        "%-30s test server %8.0f µs   no-op server %8.0f µs   ratio %.2f   own share %6.0f µs%n",
                        workload, test, baseline, test / baseline, test - baseline);
            }
        }
    }

    private static String key(String workload, boolean onTestServer) {
        return workload + (onTestServer ? " / test server" : " / no-op");
    }

    private static double roundMedian(Consumer<DynamoDbClient> workload, DynamoDbClient client, int calls) {
        double[] micros = new double[calls];
        for (int i = 0; i < calls; i++) {
            long started = System.nanoTime();
            workload.accept(client);
            micros[i] = (System.nanoTime() - started) / 1_000.0;
        }
        return Medians.of(micros);
    }

    private static List<TransactWriteItem> puts() {
        List<TransactWriteItem> puts = new ArrayList<>();
        String owner = "owner-" + UUID.randomUUID();
        for (int i = 0; i < 25; i++) {
            puts.add(TransactWriteItem.builder()
                    .put(Put.builder()
                            .tableName(TABLE)
                            .item(item(owner, i))
                            .conditionExpression("attribute_not_exists(pk)")
                            .build())
                    .build());
        }
        return puts;
    }

    /** An item of about 300 bytes, like a Roster account item without notes. */
    private static Map<String, AttributeValue> item(String owner, int sort) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS(owner));
        item.put("sk", AttributeValue.fromN(Integer.toString(sort)));
        item.put("handle", AttributeValue.fromS("minji_" + sort));
        item.put("platform", AttributeValue.fromS("a"));
        item.put("profileUrl", AttributeValue.fromS("https://blog.example/minji/" + sort));
        item.put("email", AttributeValue.fromS("minji" + sort + "@example.com"));
        item.put("version", AttributeValue.fromN("3"));
        item.put(
                "metrics",
                AttributeValue.fromM(
                        Map.of("followers", AttributeValue.fromN("15200"), "visitors", AttributeValue.fromN("830"))));
        item.put("createdAt", AttributeValue.fromS("2026-12-07T01:00:00Z"));
        return item;
    }

    /** The item as DynamoDB's JSON, for the no-op server's canned answer. */
    private static String json(Map<String, AttributeValue> item) {
        StringBuilder json = new StringBuilder("{");
        item.forEach((name, value) ->
                json.append('"').append(name).append("\":").append(json(value)).append(','));
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    private static String json(AttributeValue value) {
        if (value.s() != null) {
            return "{\"S\":\"" + value.s() + "\"}";
        }
        if (value.n() != null) {
            return "{\"N\":\"" + value.n() + "\"}";
        }
        return "{\"M\":" + json(value.m()) + "}";
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}

package dev.roster.bench.dynamodb;

import dev.roster.adapters.dynamodb.DynamoSettings;
import dev.roster.adapters.dynamodb.DynamoStorage;
import dev.roster.adapters.dynamodb.MissingTables;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.bench.common.SyntheticRoster;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * What an import costs the DynamoDB store: the valid rows of a {@code rows}-row import (every 20th row of the API's
 * import is invalid and never reaches the store) registered by {@code registerAll} in the import's batches of 500, on
 * Roster's DynamoDB test server in a JVM of its own; rows a second and write units a row as the server reports them
 * (ReturnConsumedCapacity), beside the least the data needs: one write per item the load left in the tables, priced as
 * DynamoDB prices a write (1 WCU per started KB of the item).
 *
 * <p>Usage: {@code DynamoImportBench [rows=100000] [writers=8]} ({@code writers}: the store's
 * {@link DynamoSettings#writeThreads()}, how many entries it writes at once).
 */
public final class DynamoImportBench {

    private static final String PREFIX = "import-";
    private static final int IMPORT_BATCH = 500;
    private static final int INVALID_EVERY = 20;

    private DynamoImportBench() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args.length > 0 ? args[0] : "100000");
        int writers = Integer.parseInt(args.length > 1 ? args[1] : "8");
        CapacityMeter meter = new CapacityMeter();
        try (ServerProcess server = new ServerProcess("3g");
                DynamoDbClient client = server.client(meter)) {
            MissingTables.create(client, PREFIX);
            List<NewAccount> all = SyntheticRoster.accounts(rows, 42);
            List<NewAccount> valid = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (i % INVALID_EVERY != INVALID_EVERY - 1) {
                    valid.add(all.get(i));
                }
            }
            DynamoSettings defaults = DynamoSettings.defaults(PREFIX);
            DynamoStorage storage = DynamoStorage.create(
                    client, new DynamoSettings(PREFIX, defaults.metricRetention(), defaults.changeLag(), writers));
            meter.reset();
            long started = System.nanoTime();
            long stored = 0;
            for (int from = 0; from < valid.size(); from += IMPORT_BATCH) {
                for (RegistrationResult result : storage.influencers()
                        .registerAll(valid.subList(from, Math.min(valid.size(), from + IMPORT_BATCH)))) {
                    stored += result instanceof RegistrationResult.Registered ? 1 : 0;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            CapacityMeter.Reading used = meter.reset();
            long items = 0;
            double leastUnits = 0;
            for (String table : client.listTables().tableNames()) {
                if (!table.startsWith(PREFIX)) {
                    continue;
                }
                long tableItems = 0;
                double tableUnits = 0;
                Map<String, AttributeValue> start = null;
                do {
                    ScanResponse page = client.scan(ScanRequest.builder()
                            .tableName(table)
                            .exclusiveStartKey(start)
                            .build());
                    for (Map<String, AttributeValue> item : page.items()) {
                        tableItems++;
                        tableUnits += Math.ceil(size(item) / 1024.0);
                    }
                    start = page.hasLastEvaluatedKey()
                                    && !page.lastEvaluatedKey().isEmpty()
                            ? page.lastEvaluatedKey()
                            : null;
                } while (start != null);
                System.out.printf(
                        "  %-24s %,9d items, %,10.0f WCU to write each once%n", table, tableItems, tableUnits);
                items += tableItems;
                leastUnits += tableUnits;
            }
            double perRow = used.write() / stored;
            double leastPerRow = leastUnits / stored;
            System.out.printf(
                    "DynamoDB import (" + writers
                            + " writers): %,d rows stored (of %,d valid, %,d in the file) in %.1f s = %,.0f rows/s; "
                            + "%.2f WCU a row (%.2f requests, %.2f RCU a row); the least the data needs: %,d items "
                            + "= %.2f writes a row, %.2f WCU a row; WCU / least = %.2fx%n",
                    stored,
                    valid.size(),
                    rows,
                    seconds,
                    stored / seconds,
                    perRow,
                    (double) used.requests() / stored,
                    used.read() / stored,
                    items,
                    (double) items / stored,
                    leastPerRow,
                    perRow / leastPerRow);
        }
    }

    /** An item's size as DynamoDB prices it: each attribute's name and value, in bytes. */
    private static long size(Map<String, AttributeValue> item) {
        long bytes = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            bytes += utf8(attribute.getKey()) + size(attribute.getValue());
        }
        return bytes;
    }

    private static long size(AttributeValue value) {
        if (value.s() != null) {
            return utf8(value.s());
        } else if (value.n() != null) {
            return value.n().replaceAll("[^0-9]", "").length() / 2 + 2;
        } else if (value.b() != null) {
            return value.b().asByteArray().length;
        } else if (value.bool() != null || Boolean.TRUE.equals(value.nul())) {
            return 1;
        } else if (value.hasM()) {
            return 3 + size(value.m());
        } else if (value.hasL()) {
            long bytes = 3;
            for (AttributeValue element : value.l()) {
                bytes += 1 + size(element);
            }
            return bytes;
        } else if (value.hasSs()) {
            return value.ss().stream().mapToLong(DynamoImportBench::utf8).sum();
        } else if (value.hasNs()) {
            return value.ns().stream().mapToLong(n -> n.length() / 2 + 2).sum();
        }
        return 0;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}

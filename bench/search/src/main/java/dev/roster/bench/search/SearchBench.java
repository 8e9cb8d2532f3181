package dev.roster.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.bench.common.Latencies;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Search as staff use it, on the packaged server as the README starts it ({@code java -jar roster.jar serve}, default
 * JVM settings): a workbook of 100,000 accounts imported through {@code POST /api/platforms/a/imports} (the run fails
 * unless every row was saved), followers reported for one account in five, then every query shape searched one request
 * after another — {@value #WARM_UP} warm-up rounds (more executions per statement than PostgreSQL's plan cache needs to
 * switch to a generic plan), then {@value #TIMED} timed rounds, each round taking every shape's first page and, when
 * there is one, its next two pages, and a plain GET of one account: the baseline, measured in the same rounds.
 *
 * <p>Usage: {@code SearchBench [rows=100000] [store=embedded|dynamodb]
 * [dynamodb-server=dynamodb-test-server/target/dynamodb-test-server.jar] label=path/to/roster.jar [label=path ...]}:
 * each jar gets a server and a data directory of its own (and, with {@code store=dynamodb}, a DynamoDB test server of
 * its own), one after another in the same run, so that a change can be measured beside the jar before it.
 */
public final class SearchBench {

    private static final int WARM_UP = 10;
    private static final int TIMED = 40;
    private static final String GET_ONE = "GET one account";

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        int rows = 100_000;
        String store = "embedded";
        Path dynamoServer = Path.of("dynamodb-test-server/target/dynamodb-test-server.jar");
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("arguments are name=value: " + arg);
            }
            String name = arg.substring(0, equals);
            String value = arg.substring(equals + 1);
            switch (name) {
                case "rows" -> rows = Integer.parseInt(value);
                case "store" -> store = value;
                case "dynamodb-server" -> dynamoServer = Path.of(value);
                default -> jars.put(name, Path.of(value));
            }
        }
        if (!store.equals("embedded") && !store.equals("dynamodb")) {
            throw new IllegalArgumentException("store is embedded or dynamodb: " + store);
        }
        System.out.printf("store %s, %s, load %s%n", store, java.time.Instant.now(), load());
        byte[] workbook = RosterWorkbook.of(rows, 42);
        System.out.printf("workbook: %,d rows, %,d bytes%n", rows, workbook.length);
        Map<String, Map<String, Shape>> results = new LinkedHashMap<>();
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            results.put(jar.getKey(), measure(jar.getKey(), jar.getValue(), store, dynamoServer, workbook, rows));
        }
        print(results);
        System.out.printf("done %s, load %s%n", java.time.Instant.now(), load());
    }

    private static Map<String, Shape> measure(
            String label, Path jar, String store, Path dynamoServer, byte[] workbook, int rows) throws Exception {
        Path dir = Files.createTempDirectory("roster-bench-search");
        DynamoDbTestServerJar dynamo = store.equals("dynamodb") ? DynamoDbTestServerJar.start(dynamoServer) : null;
        List<String> storeArguments = dynamo == null
                ? List.of()
                : List.of(
                        "--store",
                        "dynamodb",
                        "--dynamodb-endpoint",
                        dynamo.endpoint().toString());
        try (PackagedServer server = PackagedServer.start(jar, dir, storeArguments)) {
            Api api = new Api(server.url());
            long started = System.nanoTime();
            JsonNode imported = api.importWorkbook(workbook);
            System.out.printf(
                    "[%s] import: %s in %.1f s (load %s)%n",
                    label, imported, (System.nanoTime() - started) / 1e9, load());
            requireEveryRowSaved(imported, rows);
            // The first search after the import: a store that keeps a projection (DynamoDB) catches up with it here.
            started = System.nanoTime();
            api.search("q=" + Api.encode(RosterWorkbook.COMMON_NAME));
            System.out.printf(
                    "[%s] first search after the import: %.0f ms%n", label, (System.nanoTime() - started) / 1e6);
            List<String> ids = reportFollowers(api, rows);
            String baseline = ids.get(ids.size() / 2);
            Map<String, Shape> shapes = new LinkedHashMap<>();
            for (String query : QueryShapes.ALL) {
                shapes.put(query, new Shape(query));
            }
            Latencies get = new Latencies(TIMED);
            for (int round = 0; round < WARM_UP + TIMED; round++) {
                boolean timed = round >= WARM_UP;
                long start = System.nanoTime();
                api.account(baseline);
                if (timed) {
                    get.add(System.nanoTime() - start);
                }
                for (Shape shape : shapes.values()) {
                    shape.run(api, timed);
                }
            }
            Shape plain = new Shape(GET_ONE);
            get.addTo(plain.first);
            plain.firstPageRows = 1;
            shapes.put(GET_ONE, plain);
            System.out.printf("[%s] rounds done (load %s)%n", label, load());
            return shapes;
        } finally {
            if (dynamo != null) {
                dynamo.close();
            }
        }
    }

    /** A benchmark of searches over a roster that was not imported measures nothing: stop, saying what was saved. */
    private static void requireEveryRowSaved(JsonNode report, int rows) {
        JsonNode source = report.has("success") ? report : report.path("report");
        if (source.path("total").asLong(-1) != rows
                || source.path("success").asLong(-1) != rows
                || source.path("failed").asLong(-1) != 0) {
            throw new IllegalStateException("the import did not save every one of the " + rows + " rows: " + report);
        }
    }

    /** Followers for about one account in five, spread over the roster and over five orders of magnitude; every id. */
    private static List<String> reportFollowers(Api api, int rows) throws Exception {
        long started = System.nanoTime();
        Random random = new Random(7);
        List<String> ids = new ArrayList<>(rows);
        String cursor = null;
        do {
            JsonNode page = api.search("limit=100" + (cursor == null ? "" : "&cursor=" + Api.encode(cursor)));
            page.get("items").forEach(item -> ids.add(item.get("id").asText()));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
        } while (cursor != null);
        if (ids.size() != rows) {
            throw new IllegalStateException("paging through the roster found " + ids.size() + " of " + rows);
        }
        int reported = 0;
        for (String id : ids) {
            // Drawn, not every fifth: every fifth row is also the common name, which would then have no followers.
            if (random.nextInt(5) == 0) {
                api.reportFollowers(id, (long) Math.pow(10, 1 + random.nextDouble() * 5));
                reported++;
            }
        }
        System.out.printf(
                "followers reported for %,d of %,d accounts in %.1f s%n",
                reported, ids.size(), (System.nanoTime() - started) / 1e9);
        return ids;
    }

    private static void print(Map<String, Map<String, Shape>> results) {
        List<String> labels = new ArrayList<>(results.keySet());
        StringBuilder header = new StringBuilder("| query | rows on page 1 |");
        StringBuilder rule = new StringBuilder("| --- | --- |");
        for (String label : labels) {
            header.append(" ")
                    .append(label)
                    .append(" p50 / p95 (ms) | ")
                    .append(label)
                    .append(" p50 ÷ GET p50 | ")
                    .append(label)
                    .append(" next pages p50 / p95 (ms) |");
            rule.append(" --- | --- | --- |");
        }
        System.out.println(header);
        System.out.println(rule);
        List<String> lines = new ArrayList<>(QueryShapes.ALL);
        lines.add(GET_ONE);
        for (String query : lines) {
            String shown = query.equals(GET_ONE) ? query : "`" + URLDecoder.decode(query, StandardCharsets.UTF_8) + "`";
            StringBuilder line = new StringBuilder("| " + shown + " | ");
            line.append(results.get(labels.get(0)).get(query).firstPageRows).append(" |");
            for (String label : labels) {
                Shape shape = results.get(label).get(query);
                double get = results.get(label).get(GET_ONE).first.percentile(50);
                line.append(String.format(
                        " %.1f / %.1f | %.1f× | %s |",
                        shape.first.percentile(50),
                        shape.first.percentile(95),
                        shape.first.percentile(50) / get,
                        shape.next.count() == 0
                                ? "–"
                                : String.format("%.1f / %.1f", shape.next.percentile(50), shape.next.percentile(95))));
            }
            System.out.println(line);
        }
        for (String label : labels) {
            Latencies all = new Latencies(100_000);
            results.get(label).forEach((query, shape) -> {
                if (!query.equals(GET_ONE)) {
                    shape.first.addTo(all);
                    shape.next.addTo(all);
                }
            });
            System.out.printf("%s: every timed search request: %s%n", label, all.summary());
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException unreadable) {
            return "unknown";
        }
    }

    /** One query shape's timings: first pages, and the next two pages through the cursor. */
    private static final class Shape {
        private final String query;
        private final Latencies first = new Latencies(TIMED);
        private final Latencies next = new Latencies(TIMED * 2);
        private int firstPageRows;

        Shape(String query) {
            this.query = query;
        }

        void run(Api api, boolean timed) throws Exception {
            long start = System.nanoTime();
            JsonNode page = api.search(query);
            long took = System.nanoTime() - start;
            firstPageRows = page.get("items").size();
            if (timed) {
                first.add(took);
            }
            for (int more = 0; more < 2 && !page.get("nextCursor").isNull(); more++) {
                String cursor = page.get("nextCursor").asText();
                start = System.nanoTime();
                page = api.search(query + "&cursor=" + Api.encode(cursor));
                took = System.nanoTime() - start;
                if (timed) {
                    next.add(took);
                }
            }
        }
    }
}

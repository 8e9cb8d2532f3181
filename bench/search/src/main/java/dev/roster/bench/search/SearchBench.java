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
 * Search as staff use it, on the packaged server as the README starts it ({@code java -jar roster.jar serve}, embedded
 * store, default JVM settings): a workbook of 100,000 accounts imported through {@code POST /api/platforms/a/imports},
 * followers reported for one account in five, then every query shape searched one request after another — first a
 * long warm-up (more executions per statement than PostgreSQL's plan cache needs to switch to a generic plan), then
 * {@value #TIMED} timed rounds, each round taking a shape's first page and, when there is one, its next two pages.
 *
 * <p>Usage: {@code SearchBench [rows=100000] label=path/to/roster.jar [label=path ...]}: each jar gets a server and a
 * data directory of its own, one after another in the same run, so that a change can be measured beside the jar before
 * it.
 */
public final class SearchBench {

    private static final int WARM_UP = 30;
    private static final int TIMED = 40;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 100_000;
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("rows=")) {
                rows = Integer.parseInt(arg.substring(5));
            } else {
                int equals = arg.indexOf('=');
                jars.put(arg.substring(0, equals), Path.of(arg.substring(equals + 1)));
            }
        }
        byte[] workbook = RosterWorkbook.of(rows, 42);
        System.out.printf("workbook: %,d rows, %,d bytes%n", rows, workbook.length);
        Map<String, Map<String, Shape>> results = new LinkedHashMap<>();
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            results.put(jar.getKey(), measure(jar.getKey(), jar.getValue(), workbook, rows));
        }
        print(results);
    }

    private static Map<String, Shape> measure(String label, Path jar, byte[] workbook, int rows) throws Exception {
        Path dir = Files.createTempDirectory("roster-bench-search");
        try (PackagedServer server = PackagedServer.start(jar, dir, List.of())) {
            Api api = new Api(server.url());
            long started = System.nanoTime();
            JsonNode imported = api.importWorkbook(workbook);
            System.out.printf("[%s] import: %s in %.1f s%n", label, imported, (System.nanoTime() - started) / 1e9);
            reportFollowers(api, rows);
            Map<String, Shape> shapes = new LinkedHashMap<>();
            for (String query : QueryShapes.ALL) {
                shapes.put(query, new Shape(query));
            }
            for (int round = 0; round < WARM_UP; round++) {
                for (Shape shape : shapes.values()) {
                    shape.run(api, false);
                }
            }
            for (int round = 0; round < TIMED; round++) {
                for (Shape shape : shapes.values()) {
                    shape.run(api, true);
                }
            }
            return shapes;
        }
    }

    /** Followers for one account in five, spread over the whole roster and over six orders of magnitude. */
    private static void reportFollowers(Api api, int rows) throws Exception {
        long started = System.nanoTime();
        Random random = new Random(7);
        List<String> ids = new ArrayList<>(rows);
        String cursor = null;
        do {
            JsonNode page = api.search("limit=100" + (cursor == null ? "" : "&cursor=" + Api.encode(cursor)));
            page.get("items").forEach(item -> ids.add(item.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        int reported = 0;
        for (int i = 0; i < ids.size(); i += 5) {
            api.reportFollowers(ids.get(i), (long) Math.pow(10, 1 + random.nextDouble() * 5));
            reported++;
        }
        System.out.printf("followers reported for %,d of %,d accounts in %.1f s%n", reported, ids.size(),
                (System.nanoTime() - started) / 1e9);
    }

    private static void print(Map<String, Map<String, Shape>> results) {
        List<String> labels = new ArrayList<>(results.keySet());
        StringBuilder header = new StringBuilder("| query | rows on page 1 |");
        StringBuilder rule = new StringBuilder("| --- | --- |");
        for (String label : labels) {
            header.append(" ").append(label).append(" p50 / p95 (ms) | ").append(label)
                    .append(" next pages p50 / p95 (ms) |");
            rule.append(" --- | --- |");
        }
        System.out.println(header);
        System.out.println(rule);
        for (String query : QueryShapes.ALL) {
            StringBuilder line = new StringBuilder("| `" + URLDecoder.decode(query, StandardCharsets.UTF_8) + "` | ");
            line.append(results.get(labels.get(0)).get(query).firstPageRows).append(" |");
            for (String label : labels) {
                Shape shape = results.get(label).get(query);
                line.append(String.format(" %.1f / %.1f | %s |", shape.first.percentile(50), shape.first.percentile(95),
                        shape.next.count() == 0 ? "–" : String.format("%.1f / %.1f", shape.next.percentile(50),
                                shape.next.percentile(95))));
            }
            System.out.println(line);
        }
        for (String label : labels) {
            Latencies all = new Latencies(100_000);
            results.get(label).values().forEach(shape -> {
                shape.first.addTo(all);
                shape.next.addTo(all);
            });
            System.out.printf("%s: every timed request: %s%n", label, all.summary());
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

package dev.roster.bench.dynamodb;

import dev.roster.adapters.dynamodb.DynamoSettings;
import dev.roster.adapters.dynamodb.DynamoStorage;
import dev.roster.adapters.dynamodb.MissingTables;
import dev.roster.adapters.dynamodb.schema.StoreSchema;
import dev.roster.application.Roster;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.bench.common.Latencies;
import dev.roster.bench.common.SearchTexts;
import dev.roster.bench.common.SyntheticRoster;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Consumed capacity of every use case, and search latency, on a roster of 100,000 accounts in Roster's DynamoDB test
 * server (in a JVM of its own, over HTTP). Capacity figures are DynamoDB's own (ReturnConsumedCapacity), per call. Baselines in the
 * same run: one page of 20 people-table items read by Scan (what "one query page" costs), and a bare GetItem.
 */
public final class DynamoBench {

    private static final String PREFIX = "bench-";
    private static final int CALLS = 200;
    private static final int SEARCH_ROUNDS = 2_000;

    private DynamoBench() {}

    public static void main(String[] args) throws Exception {
        int accounts = Integer.parseInt(args.length > 0 ? args[0] : "100000");
        CapacityMeter meter = new CapacityMeter();
        try (ServerProcess server = new ServerProcess("3g");
                DynamoDbClient client = server.client(meter)) {
            MissingTables.create(client, PREFIX);
            List<NewAccount> roster = SyntheticRoster.accounts(accounts, 42);
            DynamoStorage storage = DynamoStorage.create(client, DynamoSettings.defaults(PREFIX));
            load(storage, roster, meter);
            coldStart(client, meter, accounts);
            Measure measure = new Measure(meter);
            baselines(client, measure, roster);
            new UseCases(storage, Roster.builder().storage(storage).build(), roster, measure).run(CALLS);
            search(storage, roster, measure, client);
        }
    }

    private static void load(DynamoStorage storage, List<NewAccount> roster, CapacityMeter meter) {
        meter.reset();
        long t0 = System.nanoTime();
        int refused = 0;
        for (int from = 0; from < roster.size(); from += 1_000) {
            for (RegistrationResult result :
                    storage.influencers().registerAll(roster.subList(from, Math.min(roster.size(), from + 1_000)))) {
                refused += result instanceof RegistrationResult.Refused ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        CapacityMeter.Reading used = meter.reset();
        System.out.printf(
                "load: %d accounts (%d refused) in %.1f s = %.0f accounts/s; per account %.2f RCU, %.2f WCU,"
                        + " %.2f requests%n",
                roster.size(),
                refused,
                seconds,
                roster.size() / seconds,
                used.read() / roster.size(),
                used.write() / roster.size(),
                (double) used.requests() / roster.size());
    }

    /** A new instance's first search: the parallel Scan that loads the projection, its time, and the heap it takes. */
    private static void coldStart(DynamoDbClient client, CapacityMeter meter, int accounts) {
        meter.reset();
        long before = usedHeap();
        long t0 = System.nanoTime();
        DynamoStorage cold =
                DynamoStorage.create(client, DynamoSettings.defaults(PREFIX)).prime();
        double seconds = (System.nanoTime() - t0) / 1e9;
        CapacityMeter.Reading used = meter.reset();
        long heap = usedHeap() - before;
        System.out.printf(
                "cold projection load: %d accounts in %.1f s, %.0f RCU (%d requests), heap +%d MB "
                        + "(%.0f bytes an account)%n",
                cold.projectedAccounts(), seconds, used.read(), used.requests(), heap >> 20, (double) heap / accounts);
    }

    private static void baselines(DynamoDbClient client, Measure measure, List<NewAccount> roster) {
        String people = StoreSchema.PEOPLE.nameWith(PREFIX);
        measure.run(
                "baseline: one page of 20 people items (Scan, Limit 20, eventually consistent)",
                50,
                i -> client.scan(request -> request.tableName(people).limit(20)));
        measure.run(
                "baseline: bare GetItem of a person (consistent)",
                CALLS,
                i -> client.getItem(request -> request.tableName(people)
                        .consistentRead(true)
                        .key(Map.of(
                                "influencer",
                                AttributeValue.fromS(roster.get(i * 37 % roster.size())
                                        .newInfluencerId()
                                        .value()),
                                "item",
                                AttributeValue.fromS("P")))));
    }

    private static void search(DynamoStorage storage, List<NewAccount> roster, Measure measure, DynamoDbClient client) {
        Roster front = Roster.builder().storage(storage).build();
        List<String> queries = SearchTexts.twoCharacter(roster, 400, 11);
        String people = StoreSchema.PEOPLE.nameWith(PREFIX);
        for (String order : new String[] {null, "handle", "-followers"}) {
            Latencies search = new Latencies(SEARCH_ROUNDS);
            Latencies bare = new Latencies(SEARCH_ROUNDS);
            for (int round = -SEARCH_ROUNDS / 4; round < SEARCH_ROUNDS; round++) {
                String query = queries.get(Math.floorMod(round, queries.size()));
                long t0 = System.nanoTime();
                front.accounts().search(new SearchAccountsCommand("a", query, null, null, order, 20, null));
                long t1 = System.nanoTime();
                String owner = roster.get(Math.floorMod(round * 31, roster.size()))
                        .newInfluencerId()
                        .value();
                client.getItem(request -> request.tableName(people)
                        .consistentRead(true)
                        .key(Map.of("influencer", AttributeValue.fromS(owner), "item", AttributeValue.fromS("P"))));
                long t2 = System.nanoTime();
                if (round >= 0) {
                    search.add(t1 - t0);
                    bare.add(t2 - t1);
                }
            }
            System.out.printf(
                    "search, 2-character text, order %s, page of 20: %s; bare GetItem in the same loop: %s;"
                            + " p50 ratio %.2f%n",
                    order == null ? "-created" : order,
                    search.summary(),
                    bare.summary(),
                    search.percentile(50) / bare.percentile(50));
        }
        measure.meter().reset();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Runs an operation {@code calls} times and prints capacity and requests per call, and latency. */
    record Measure(CapacityMeter meter) {
        void run(String what, int calls, IntConsumer operation) {
            meter.reset();
            Latencies latencies = new Latencies(calls);
            for (int i = 0; i < calls; i++) {
                long t0 = System.nanoTime();
                operation.accept(i);
                latencies.add(System.nanoTime() - t0);
            }
            CapacityMeter.Reading used = meter.reset();
            System.out.printf(
                    "%s: %.2f RCU, %.2f WCU, %.2f requests per call; %s%n",
                    what,
                    used.read() / calls,
                    used.write() / calls,
                    (double) used.requests() / calls,
                    latencies.summary());
        }
    }
}

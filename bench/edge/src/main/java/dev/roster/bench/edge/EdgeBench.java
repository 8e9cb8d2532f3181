package dev.roster.bench.edge;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.http.routes.security.DevelopmentTokens;
import dev.roster.adapters.http.routes.security.JwtSettings;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.adapters.postgres.PostgresMigrations;
import dev.roster.adapters.postgres.PostgresPool;
import dev.roster.adapters.postgres.PostgresSettings;
import dev.roster.adapters.postgres.PostgresStorage;
import dev.roster.application.port.NewAccount;
import dev.roster.bench.common.Medians;
import dev.roster.bench.common.PackagedServer;
import dev.roster.bench.common.SyntheticRoster;
import dev.roster.bench.common.Wrk;
import dev.roster.bootstrap.local.LocalPostgres;
import dev.roster.bootstrap.serve.EdgeSecurityFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the edge's checks cost: GET account on the packaged server ({@code java -jar bootstrap/target/roster.jar
 * serve}, as the README starts it) with the IP allowlist and bearer tokens on, beside the same server without them
 * (the open local mode), both over one PostgreSQL, loaded by wrk on loopback in alternating rounds of one run.
 *
 * <p>Usage: {@code bench/run edge [accounts=20000] [connections=16] [seconds=10] [rounds=10]}. Needs {@code wrk} and
 * a built {@code bootstrap/target/roster.jar}.
 */
public final class EdgeBench {

    private static final String SECRET = "edge-bench-secret-of-at-least-32-bytes!";

    private EdgeBench() {}

    /** One server under test: its name, its URL, and the token its requests carry (none for the open one). */
    private record Variant(String name, PackagedServer server, String token) {

        String url() {
            return server.url();
        }
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Path dataDir = Files.createTempDirectory("roster-bench-edge");
        try (LocalPostgres database = LocalPostgres.start(dataDir)) {
            PostgresSettings settings = database.settings();
            Path ids = seed(settings, accounts, dataDir);
            List<String> store = new ArrayList<>(List.of(
                    "--port",
                    "0",
                    "--store",
                    "postgres",
                    "--jdbc-url",
                    settings.jdbcUrl(),
                    "--jdbc-user",
                    settings.user()));
            if (settings.password() != null) {
                store.addAll(List.of("--jdbc-password", settings.password()));
            }
            String token = new DevelopmentTokens(
                            new JwtSettings(EdgeSecurityFactory.LOCAL_ISSUER, null, null, SECRET), Clock.systemUTC())
                    .issue("bench", Role.VIEWER, Duration.ofHours(2));
            List<Variant> variants = List.of(
                    start(
                            "open",
                            store,
                            List.of("--data-dir", dataDir.resolve("open").toString()),
                            null),
                    start(
                            "allowlist+token",
                            store,
                            List.of(
                                    "--data-dir",
                                    dataDir.resolve("guarded").toString(),
                                    "--allowed-cidrs",
                                    "127.0.0.1/32",
                                    "--auth-secret",
                                    SECRET),
                            token));
            try {
                run(variants, ids, connections, seconds, rounds);
            } finally {
                for (Variant variant : variants) {
                    variant.server().close();
                }
            }
        }
    }

    private static void run(List<Variant> variants, Path ids, int connections, int seconds, int rounds)
            throws Exception {
        // Both JVMs compile the request path at C2 in the first half minute or so: rounds before that measure the JIT.
        for (Variant variant : variants) {
            System.out.println("warming up " + variant.name() + " for " + 3 * seconds + " s ...");
            wrk(variant, ids, connections, 3 * seconds);
        }
        Map<String, List<Double>> throughput = Map.of(
                variants.get(0).name(), new ArrayList<>(), variants.get(1).name(), new ArrayList<>());
        Map<String, List<Double>> medians = Map.of(
                variants.get(0).name(), new ArrayList<>(), variants.get(1).name(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            // Alternating which goes first, so that neither always runs on a warmer (or hotter) machine.
            List<Variant> order = round % 2 == 0 ? variants : List.of(variants.get(1), variants.get(0));
            for (Variant variant : order) {
                Wrk.Report report = wrk(variant, ids, connections, seconds);
                double perSecond = report.perSecond();
                double p50 = report.p50();
                throughput.get(variant.name()).add(perSecond);
                medians.get(variant.name()).add(p50);
                System.out.printf(
                        "round %d %-16s %10.0f req/s  p50 %.3f ms%n", round + 1, variant.name(), perSecond, p50);
            }
        }
        String open = variants.get(0).name();
        String guarded = variants.get(1).name();
        double openRate = Medians.of(throughput.get(open));
        double guardedRate = Medians.of(throughput.get(guarded));
        System.out.printf(
                "median req/s: %s %.0f, %s %.0f; ratio %.3f%n",
                open, openRate, guarded, guardedRate, guardedRate / openRate);
        System.out.printf(
                "median p50: %s %.3f ms, %s %.3f ms%n",
                open, Medians.of(medians.get(open)), guarded, Medians.of(medians.get(guarded)));
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            ratios.add(throughput.get(guarded).get(round) / throughput.get(open).get(round));
        }
        System.out.printf(
                "per-round ratios: %s%n",
                ratios.stream().map(ratio -> String.format("%.3f", ratio)).toList());
    }

    private static Path seed(PostgresSettings settings, int count, Path dir) throws IOException {
        try (HikariDataSource pool = PostgresPool.open(settings)) {
            PostgresMigrations.migrate(pool);
            PostgresStorage storage = PostgresStorage.create(pool);
            List<NewAccount> roster = SyntheticRoster.accounts(count, 42);
            for (int from = 0; from < roster.size(); from += 1_000) {
                storage.influencers().registerAll(roster.subList(from, Math.min(roster.size(), from + 1_000)));
            }
            Path ids = dir.resolve("ids.txt");
            Files.write(
                    ids,
                    roster.stream()
                            .filter(account -> account.platform().value().equals("a"))
                            .map(account -> account.id().value())
                            .toList());
            System.out.printf("seeded %,d accounts%n", count);
            return ids;
        }
    }

    /** Starts the packaged server as the README does, with these settings. */
    private static Variant start(String name, List<String> store, List<String> more, String token) throws Exception {
        List<String> arguments = new ArrayList<>(store);
        arguments.addAll(more);
        return new Variant(
                name,
                PackagedServer.start(Path.of("bootstrap", "target", "roster.jar"), List.of("-Xmx512m"), arguments),
                token);
    }

    private static Wrk.Report wrk(Variant variant, Path ids, int connections, int seconds) throws Exception {
        Wrk.Report report = Wrk.run(
                variant.url(),
                EdgeBench.class,
                "/get-account-with-token.lua",
                Map.of(
                        "ROSTER_BENCH_IDS",
                        ids.toString(),
                        "ROSTER_BENCH_TOKEN",
                        variant.token() == null ? "" : variant.token()),
                connections,
                seconds);
        if (report.errors() > 0) {
            throw new IllegalStateException(
                    "wrk got errors or refusals from " + variant.name() + ":\n" + report.text());
        }
        return report;
    }
}

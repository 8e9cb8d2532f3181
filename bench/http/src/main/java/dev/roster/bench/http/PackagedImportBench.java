package dev.roster.bench.http;

import dev.roster.application.port.NewAccount;
import dev.roster.bench.common.SyntheticRoster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The import half of {@link PackagedServerBench} alone: for each jar, the import cold and warm ({@link PackagedImport}),
 * jars alternating round by round, then the store's own bulk rate; prints each figure and the ratios.
 *
 * <p>Usage: {@code PackagedImportBench <roster.jar> [rows=100000] [rounds=1] [earlier-roster.jar]}.
 */
public final class PackagedImportBench {

    private PackagedImportBench() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<Path> jars = args.length > 3 ? List.of(jar, Path.of(args[3])) : List.of(jar);
        List<NewAccount> accounts = SyntheticRoster.accounts(rows, 42);
        System.out.println("load at the start: " + PackagedImport.load());
        List<List<PackagedImport.Figures>> figures = new ArrayList<>();
        jars.forEach(any -> figures.add(new ArrayList<>()));
        Path scratch = Files.createTempDirectory("roster-bench-import");
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < jars.size(); k++) {
                // Which jar goes first alternates, so that neither always meets the hotter machine.
                int i = round % 2 == 0 ? k : jars.size() - 1 - k;
                Path dataDir = Files.createTempDirectory(scratch, "cold");
                figures.get(i).add(PackagedImport.measure(jars.get(i), accounts, dataDir));
            }
        }
        double store = PackagedImport.storeBulkRate(accounts, scratch.resolve("store"));
        for (int i = 0; i < jars.size(); i++) {
            for (PackagedImport.Figures each : figures.get(i)) {
                System.out.printf(
                        "%s: import cold %,.0f rows/s (%.1f JVM CPU-s, PostgreSQL %.1f) = %.2fx the store; warm "
                                + "%,.0f rows/s (%.1f JVM CPU-s, PostgreSQL %.1f) = %.2fx the store's %,.0f rows/s%n",
                        jars.get(i).getFileName(),
                        each.cold().rate(),
                        each.cold().jvmCpu(),
                        each.cold().postgresCpu(),
                        each.cold().rate() / store,
                        each.warm().rate(),
                        each.warm().jvmCpu(),
                        each.warm().postgresCpu(),
                        each.warm().rate() / store,
                        store);
            }
        }
        if (jars.size() > 1) {
            for (int round = 0; round < rounds; round++) {
                System.out.printf(
                        "round %d, %s / %s: cold %.2fx, warm %.2fx%n",
                        round + 1,
                        jars.get(0).getFileName(),
                        jars.get(1).getFileName(),
                        figures.get(0).get(round).cold().rate()
                                / figures.get(1).get(round).cold().rate(),
                        figures.get(0).get(round).warm().rate()
                                / figures.get(1).get(round).warm().rate());
            }
        }
        System.out.println("load at the end: " + PackagedImport.load());
    }
}

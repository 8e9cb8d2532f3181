package dev.roster.bench.excel;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.excel.PoiSpreadsheetReader;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.adapters.postgres.JobQueueSettings;
import dev.roster.adapters.postgres.PostgresJobQueue;
import dev.roster.adapters.postgres.PostgresMigrations;
import dev.roster.adapters.postgres.PostgresPool;
import dev.roster.adapters.postgres.PostgresStorage;
import dev.roster.application.Roster;
import dev.roster.application.job.RunDeliveredJob;
import dev.roster.application.job.RunJob;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.NewAccount;
import dev.roster.application.spreadsheet.ImportAccountsCommand;
import dev.roster.application.spreadsheet.ImportOutcome;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.bench.common.Medians;
import dev.roster.bench.common.SyntheticRoster;
import dev.roster.bootstrap.local.FileLinks;
import dev.roster.bootstrap.local.LocalFileStore;
import dev.roster.bootstrap.local.LocalPostgres;
import dev.roster.domain.job.JobId;
import dev.roster.domain.platform.PlatformCode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What crash safety costs an import job (issue 22): the same 100,000-row import run as a job, into a fresh embedded
 * PostgreSQL each time, by a worker that received it from the PostgreSQL queue and holds it by a lease renewed as the
 * job reports progress ({@code RunDeliveredJob}), and by {@code RunJob} alone with no delivery and no lease. The two
 * alternate (which goes first changes every round), after one import not counted that warms the JIT, so that drift
 * in the machine's load falls on both. Rows the job already saved are looked up only when a
 * run again finds them refused, which a first run never does: what an uninterrupted import pays is the lease.
 *
 * <p>Usage: {@code CrashSafetyBench [rows] [rounds]}.
 */
public final class CrashSafetyBench {

    private CrashSafetyBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("roster-bench-crash");
        PlatformCode a = PlatformCode.of("a");
        List<NewAccount> accounts = SyntheticRoster.accounts(rows, 20_261_207L).stream()
                .map(account -> new NewAccount(
                        account.id(),
                        account.newInfluencerId(),
                        account.identity(),
                        a,
                        account.details(),
                        account.at()))
                .toList();
        byte[] upload = ImportFile.of(accounts);
        System.out.printf("import file: %d rows, %.1f MB%n", rows, upload.length / 1e6);
        // The first import in a JVM pays for the JIT and the binaries' extraction: run once, not counted.
        System.out.printf("warm-up: %.2f s%n", importAsJob(dir.resolve("warm-up"), upload, false));
        List<Double> leased = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean leasedFirst = round % 2 == 1;
            for (int turn = 0; turn < 2; turn++) {
                boolean withLease = leasedFirst == (turn == 0);
                double seconds = importAsJob(
                        dir.resolve("round-" + round + "-" + (withLease ? "leased" : "bare")), upload, withLease);
                (withLease ? leased : bare).add(seconds);
                System.out.printf("round %d, %s: %.2f s%n", round, withLease ? "leased" : "bare", seconds);
            }
        }
        double withLease = Medians.of(leased);
        double without = Medians.of(bare);
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            ratios.add(leased.get(round) / bare.get(round));
        }
        // The ratio within a round is what drift in the machine's load spares; its median is the figure.
        System.out.printf(
                "median: with the lease %.2f s, without %.2f s; median of the rounds' ratios %+.1f%%%n",
                withLease, without, 100 * (Medians.of(ratios) - 1));
    }

    private static double importAsJob(Path directory, byte[] upload, boolean withLease) throws Exception {
        try (LocalPostgres database = LocalPostgres.start(directory);
                HikariDataSource pool = PostgresPool.open(database.settings())) {
            PostgresMigrations.migrate(pool);
            Clock clock = Clock.systemUTC();
            LocalFileStore files = new LocalFileStore(
                    directory.resolve("files"),
                    new FileLinks(() -> URI.create("http://127.0.0.1:8080"), new byte[32], clock));
            PostgresJobQueue queue = new PostgresJobQueue(pool, JobQueueSettings.defaults(), clock);
            Roster roster = Roster.builder()
                    .storage(PostgresStorage.create(pool))
                    .clock(clock)
                    .files(files)
                    .spreadsheets(new PoiSpreadsheetReader(), new PoiSpreadsheetWriter(ZoneOffset.UTC), queue)
                    .importSettings(new ImportSettings(0, 1_000_000, 200L * 1024 * 1024, Duration.ofHours(1)))
                    .build();
            JobId job = ((ImportOutcome.Queued)
                            roster.spreadsheets().importFile(new ImportAccountsCommand("a", upload, false)))
                    .job();
            long started = System.nanoTime();
            if (withLease) {
                RunDeliveredJob worker = roster.jobs().deliveredBy(queue);
                JobDelivery delivery = queue.receive(1, worker.lease().length()).get(0);
                check(worker.run(delivery, () -> false) == RunDeliveredJob.Outcome.SUCCEEDED);
            } else {
                check(roster.jobs().runner().run(job) == RunJob.Outcome.SUCCEEDED);
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private static void check(boolean succeeded) {
        if (!succeeded) {
            throw new IllegalStateException("the import job did not succeed");
        }
    }
}

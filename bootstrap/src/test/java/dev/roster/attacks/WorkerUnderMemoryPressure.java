package dev.roster.attacks;

import dev.roster.adapters.excel.PoiSpreadsheetReader;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.application.Roster;
import dev.roster.application.job.JobView;
import dev.roster.application.port.SheetRow;
import dev.roster.application.port.SpreadsheetReader;
import dev.roster.application.spreadsheet.ImportAccountsCommand;
import dev.roster.application.spreadsheet.ImportOutcome;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.bootstrap.config.StoreOptions;
import dev.roster.bootstrap.local.FileLinks;
import dev.roster.bootstrap.local.LinkSigningKey;
import dev.roster.bootstrap.local.LocalFileStore;
import dev.roster.bootstrap.local.LocalJobWorker;
import dev.roster.bootstrap.serve.OpenedStore;
import dev.roster.bootstrap.serve.Stores;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The local server's job worker, wired as {@code roster serve} wires it (the embedded PostgreSQL, its durable job
 * queue, the file store, the import job), run in a JVM of its own with a small heap by {@link JobOutOfMemoryIT}. One
 * import is made to exhaust the heap, as a workbook too big for the server would; the worker must record it as failed
 * and go on to import the next one. Prints one line per outcome for the test to read.
 */
public final class WorkerUnderMemoryPressure {

    /** The first cell of a workbook that makes the reader exhaust the heap, on the worker's thread only. */
    static final String EXHAUST = "EXHAUST-THE-HEAP";

    private WorkerUnderMemoryPressure() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("roster-oom");
        StoreOptions options = new StoreOptions();
        options.store = "embedded";
        options.dataDir = dataDir;
        Clock clock = Clock.systemUTC();
        try (OpenedStore store = Stores.open(options)) {
            FileLinks links =
                    new FileLinks(() -> URI.create("http://127.0.0.1:1"), LinkSigningKey.loadOrCreate(dataDir), clock);
            Roster roster = Roster.builder()
                    .storage(store.storage())
                    .clock(clock)
                    .files(new LocalFileStore(dataDir.resolve("files"), links))
                    .spreadsheets(
                            new ExhaustingReader(new PoiSpreadsheetReader()),
                            new PoiSpreadsheetWriter(ZoneOffset.UTC),
                            store.jobQueue())
                    // Every import goes through the job queue, to the worker.
                    .importSettings(new ImportSettings(0, 1_000, 20L * 1024 * 1024, Duration.ofDays(1)))
                    .build();
            LocalJobWorker worker = LocalJobWorker.start(
                    store.jobQueue(), roster.jobs().deliveredBy(store.jobQueue()), Duration.ofMillis(100), System.out);
            try {
                report("exhausting", finished(roster, importing(roster, AttackWorkbooks.legitimateNamed(EXHAUST))));
                report("honest", finished(roster, importing(roster, AttackWorkbooks.legitimate("after.oom"))));
            } finally {
                worker.close();
            }
        }
    }

    private static String importing(Roster roster, byte[] workbook) {
        ImportOutcome outcome = roster.spreadsheets().importFile(new ImportAccountsCommand("a", workbook, false));
        return ((ImportOutcome.Queued) outcome).job().value();
    }

    private static JobView finished(Roster roster, String job) throws InterruptedException {
        for (int tries = 0; tries < 600; tries++) {
            JobView view = roster.jobs().get(job);
            if (view.job().status().isFinished()) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("job " + job + " did not finish within a minute");
    }

    private static void report(String name, JobView view) {
        System.out.println("outcome of " + name + ": " + view.job().status() + " | "
                + view.job().failureReason() + " | " + view.result().get("success"));
    }

    /** The real reader, except that on the worker it exhausts the heap for the workbook named so. */
    private static final class ExhaustingReader implements SpreadsheetReader {

        private final SpreadsheetReader reader;

        ExhaustingReader(SpreadsheetReader reader) {
            this.reader = reader;
        }

        @Override
        public void read(InputStream workbook, int maxRows, Consumer<SheetRow> rows) {
            reader.read(workbook, maxRows, row -> {
                if (row.cell(0).equals(EXHAUST)
                        && Thread.currentThread().getName().equals("roster-job-worker")) {
                    exhaust();
                }
                rows.accept(row);
            });
        }

        /** Holds ever more memory until the JVM has none left: a real OutOfMemoryError, not a thrown one. */
        private static void exhaust() {
            List<long[]> held = new ArrayList<>();
            while (true) {
                held.add(new long[1 << 20]);
            }
        }
    }
}

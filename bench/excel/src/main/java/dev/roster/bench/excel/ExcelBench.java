package dev.roster.bench.excel;

import dev.roster.adapters.excel.PoiSpreadsheetReader;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SearchCursor;
import dev.roster.application.spreadsheet.ImportAccountsCommand;
import dev.roster.application.spreadsheet.ImportOutcome;
import dev.roster.application.spreadsheet.ImportReport;
import dev.roster.application.spreadsheet.SheetLanguage;
import dev.roster.bench.common.SyntheticRoster;
import dev.roster.domain.platform.PlatformCode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Excel in and out at the scale: parse, import end to end into the embedded PostgreSQL, and export, each
 * beside its baseline in the same run (ExcelJS's streaming reader and writer on the same work; the store's bare bulk
 * registration for the import). Run it with {@code -Xmx256m}: the heap bound is part of the target.
 *
 * <p>Usage: {@code java -Xmx256m -cp ... dev.roster.bench.excel.ExcelBench [rows=100000] [runs=3] [exceljs-dir]}.
 */
public final class ExcelBench {

    private ExcelBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path scripts =
                Path.of(args.length > 2 ? args[2] : "bench/excel/exceljs").toAbsolutePath();
        Path dir = Files.createTempDirectory("roster-bench-excel");
        ExcelJs exceljs = new ExcelJs(scripts);
        HeapPeak heap = new HeapPeak();
        System.out.printf("max heap %d MB; ExcelJS %s%n", Runtime.getRuntime().maxMemory() >> 20, exceljs.version());

        List<NewAccount> accounts = onPlatformA(SyntheticRoster.accounts(rows, 20_261_202L));
        byte[] upload = ImportFile.of(accounts);
        Path uploadFile = Files.write(dir.resolve("import.xlsx"), upload);
        System.out.printf(
                "import file: %d rows (%d invalid), %.1f MB%n",
                rows, rows / ImportFile.INVALID_EVERY, upload.length / 1e6);

        System.out.println("warming up the JIT on the reader and the writer ...");
        for (int i = 0; i < 2; i++) {
            parse(upload);
            writeOnly(dir.resolve("warm-up.xlsx"), rows);
        }
        heap.reset();
        System.out.printf("the harness's own data (accounts, file): %d MB of heap%n", heap.baseMegabytes());
        Table table = new Table();
        for (int run = 1; run <= runs; run++) {
            System.out.println("run " + run + " ...");
            table.add(
                    "parse: Roster reader (POI SAX) rows/s",
                    rows / seconds(heap, () -> parse(upload)),
                    heap.megabytes());
            ExcelJs.Run read = exceljs.read(uploadFile);
            table.add(
                    "parse: ExcelJS WorkbookReader rows/s",
                    read.rows() / (read.millis() / 1000),
                    read.peakRssMegabytes());

            try (EmbeddedRoster store = new EmbeddedRoster(dir.resolve("import-" + run))) {
                ImportReport[] report = new ImportReport[1];
                double importSeconds = seconds(heap, () -> report[0] = importAll(store, upload));
                table.add(
                        "import end to end into embedded PostgreSQL rows/s",
                        report[0].total() / importSeconds,
                        heap.megabytes());
                check(report[0], rows);
            }
            try (EmbeddedRoster store = new EmbeddedRoster(dir.resolve("bulk-" + run))) {
                double bulkSeconds = seconds(heap, () -> bulk(store, accounts));
                table.add(
                        "baseline: bare registerAll of the same accounts rows/s", rows / bulkSeconds, heap.megabytes());
                table.add(
                        "baseline: read the same accounts through AccountSearch pages, s",
                        seconds(heap, () -> readPages(store)),
                        heap.megabytes());
                table.add(
                        "read the same accounts through AccountSearch.all (what the export reads), s",
                        seconds(heap, () -> readAll(store)),
                        heap.megabytes());
                Path exported = dir.resolve("export-" + run + ".xlsx");
                table.add(
                        "export " + rows + " rows from the store, s",
                        seconds(heap, () -> export(store, exported)),
                        heap.megabytes());
            }
            Path written = dir.resolve("writer-" + run + ".xlsx");
            table.add(
                    "write only: Roster writer (SXSSF) " + rows + " rows, s",
                    seconds(heap, () -> writeOnly(written, rows)),
                    heap.megabytes());
            ExcelJs.Run write = exceljs.write(dir.resolve("exceljs-" + run + ".xlsx"), rows);
            table.add(
                    "write only: ExcelJS WorkbookWriter " + rows + " rows, s",
                    write.millis() / 1000,
                    write.peakRssMegabytes());
        }
        table.print();
    }

    /** A Work that may throw. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private static double seconds(HeapPeak heap, Work work) throws Exception {
        heap.reset();
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e9;
    }

    private static void parse(byte[] upload) {
        long[] cells = {0};
        new PoiSpreadsheetReader()
                .read(
                        new ByteArrayInputStream(upload),
                        2_000_000,
                        row -> cells[0] += row.cells().size());
        if (cells[0] == 0) {
            throw new IllegalStateException("nothing parsed");
        }
    }

    private static ImportReport importAll(EmbeddedRoster store, byte[] upload) {
        ImportOutcome outcome = store.roster.spreadsheets().importFile(new ImportAccountsCommand("a", upload, false));
        return ((ImportOutcome.Imported) outcome).report();
    }

    private static void check(ImportReport report, int rows) {
        long invalid = rows / ImportFile.INVALID_EVERY;
        if (report.total() != rows || report.failed() != invalid || report.errorFileUrl() == null) {
            throw new IllegalStateException("unexpected import report " + report);
        }
    }

    /** The store's own bulk speed, in the import's batch size: the floor the import stands on. */
    private static void bulk(EmbeddedRoster store, List<NewAccount> accounts) {
        for (int from = 0; from < accounts.size(); from += 500) {
            store.storage.influencers().registerAll(accounts.subList(from, Math.min(accounts.size(), from + 500)));
        }
    }

    /** What the export read before it had one statement: pages of 1,000, one after the other. */
    private static void readPages(EmbeddedRoster store) {
        AccountQuery query = AccountQuery.all(PlatformCode.of("a"), AccountQuery.MAX_LIMIT);
        long read = 0;
        while (true) {
            Page<AccountView> page = store.storage.accountSearch().search(query);
            read += page.items().size();
            if (page.next().isEmpty() || page.items().isEmpty()) {
                break;
            }
            query = query.continuingAfter(SearchCursor.after(
                    query.order(), page.items().get(page.items().size() - 1)));
        }
        if (read == 0) {
            throw new IllegalStateException("nothing read");
        }
    }

    /** What the export reads, without writing it: one statement, read through a cursor 1,000 rows at a time. */
    private static void readAll(EmbeddedRoster store) {
        long read;
        try (Stream<AccountView> all =
                store.storage.accountSearch().all(AccountQuery.all(PlatformCode.of("a"), AccountQuery.MAX_LIMIT))) {
            read = all.count();
        }
        if (read == 0) {
            throw new IllegalStateException("nothing read");
        }
    }

    private static void export(EmbeddedRoster store, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            store.roster.spreadsheets().export(SearchAccountsCommand.all("a"), SheetLanguage.ENGLISH, out);
        }
    }

    /** The export's shape, from memory: what ExcelJS's writer is measured on. */
    private static void writeOnly(Path file, int rows) throws IOException {
        List<SheetColumn> columns = new ArrayList<>();
        for (String label : List.of("Name", "Phone", "Handle", "Profile URL", "Email", "Notes")) {
            columns.add(new SheetColumn(label, SheetColumn.Kind.TEXT, 20));
        }
        columns.add(new SheetColumn("Followers", SheetColumn.Kind.NUMBER, 14));
        columns.add(new SheetColumn("Daily visitors", SheetColumn.Kind.NUMBER, 14));
        columns.add(new SheetColumn("Metrics date", SheetColumn.Kind.DATE_TIME, 18));
        columns.add(new SheetColumn("Platform B handle", SheetColumn.Kind.TEXT, 22));
        columns.add(new SheetColumn("Registered", SheetColumn.Kind.DATE_TIME, 18));
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Iterator<SheetOutputRow> generated = new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public SheetOutputRow next() {
                int n = i++;
                String handle = "daily_minji" + n;
                return SheetOutputRow.plain(Arrays.asList(
                        "김민지" + (n % 97),
                        "010-" + (1000 + n % 9000) + "-" + (1000 + n % 8999),
                        handle,
                        "https://a.example/" + handle,
                        handle + "@naver.com",
                        n % 50 == 0 ? "=HYPERLINK(\"x\")" : null,
                        (long) n * 7,
                        (long) (n % 1000),
                        at,
                        n % 3 == 0 ? "b_" + handle : null,
                        at));
            }
        };
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new PoiSpreadsheetWriter(ZoneOffset.UTC).write("Platform A", columns, generated, out);
        }
    }

    /** The import is per platform: every account of the file goes to {@code a}. */
    private static List<NewAccount> onPlatformA(List<NewAccount> accounts) {
        PlatformCode a = PlatformCode.of("a");
        return accounts.stream()
                .map(account -> new NewAccount(
                        account.id(),
                        account.newInfluencerId(),
                        account.identity(),
                        a,
                        account.details(),
                        account.at()))
                .toList();
    }
}

package dev.roster.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.job.JobView;
import dev.roster.application.job.RunJob;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.port.StoredFile;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.spreadsheet.ImportAccountsCommand;
import dev.roster.application.spreadsheet.ImportOutcome;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.domain.job.JobProgress;
import dev.roster.domain.job.JobStatus;
import dev.roster.domain.platform.PlatformCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * An import job stopped at a random row, on a random {@link Interruption.Step}, then run again, ends as one
 * uninterrupted run of it does: the same summary, the same error file (same rows, same reasons), the same accounts; and
 * the job's progress never goes back. An adapter's test extends it and implements {@link #emptyStorage()}.
 */
public abstract class InterruptedImportProperties {

    /** Rows a batch saves at once (the import's own batch size): the files span a few batches. */
    private static final int BATCH = 500;

    /** The store under test, holding nothing; called for each run. */
    protected abstract RosterStorage emptyStorage();

    /**
     * Each try imports a file of a few batches twice on a fresh store: a handful cover the steps and batches. A store
     * slow to empty overrides this with fewer tries, calling it.
     */
    @Property(tries = 8)
    public void anImportRunAgainAfterAnInterruptionEndsAsOneUninterruptedRun(
            @ForAll long seed,
            @ForAll @IntRange(min = BATCH + 1, max = 2 * BATCH + BATCH / 2) int rows,
            @ForAll Interruption.Step step,
            @ForAll @IntRange(min = 0, max = 2 * BATCH + BATCH / 2) int strikeAtRow)
            throws Exception {
        Workbook workbook = Workbook.generate(new Random(seed), rows);
        int batch = strikeAtRow / BATCH + 1;

        Result once = run(workbook, Interruption.never());
        Interruption interruption = new Interruption(batch, step, strikeAtRow % BATCH);
        Result again = run(workbook, interruption);

        assertThat(again.summary()).as("summary").isEqualTo(once.summary());
        assertThat(again.errorFile()).as("error file").isEqualTo(once.errorFile());
        assertThat(again.accounts()).as("accounts").isEqualTo(once.accounts());
        assertThat(again.progress())
                .as("progress never goes back")
                .isSortedAccordingTo((a, b) -> Long.compare(a.done(), b.done()));
    }

    /** Queues the workbook's import, runs it (stopped by the interruption, if it strikes), then runs it again. */
    private Result run(Workbook workbook, Interruption interruption) throws Exception {
        RosterStorage storage = emptyStorage();
        SteppingClock clock = SteppingClock.fromNewYear();
        InMemoryFileStore files = new InMemoryFileStore(clock);
        Roster roster = roster(storage, files, clock);
        for (RegisterAccountCommand earlier : workbook.registeredBefore()) {
            roster.accounts().register(earlier);
        }
        ImportOutcome.Queued queued = (ImportOutcome.Queued)
                roster.spreadsheets().importFile(new ImportAccountsCommand("a", workbook.bytes(), false));
        String job = queued.job().value();

        ExecutorService killed = Executors.newFixedThreadPool(2);
        try {
            roster(interruption.over(storage), files, clock, killed)
                    .jobs()
                    .runner()
                    .run(queued.job());
        } catch (Interruption.Crashed expected) {
            // The process died; what it left in the store is what the next run finds.
        } finally {
            killed.shutdown();
            assertThat(killed.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        if (interruption.struck()) {
            assertThat(roster.jobs().get(job).job().status()).isEqualTo(JobStatus.RUNNING);
            Interruption observed = Interruption.never();
            assertThat(roster(observed.over(storage), files, clock, null)
                            .jobs()
                            .runner()
                            .run(queued.job()))
                    .isEqualTo(RunJob.Outcome.SUCCEEDED);
            List<JobProgress> progress = new ArrayList<>(interruption.progress());
            progress.addAll(observed.progress());
            return result(roster.jobs().get(job), files, storage, progress);
        }
        return result(roster.jobs().get(job), files, storage, interruption.progress());
    }

    private static Result result(
            JobView view, InMemoryFileStore files, RosterStorage storage, List<JobProgress> progress)
            throws IOException {
        assertThat(view.job().status()).isEqualTo(JobStatus.SUCCEEDED);
        Map<String, Object> result = view.job().result();
        String errorFile = null;
        if (result.get("errorFileKey") != null) {
            try (StoredFile file =
                    files.open(FileKey.of((String) result.get("errorFileKey"))).orElseThrow()) {
                errorFile = new String(file.content().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        List<String> accounts;
        try (Stream<AccountView> all = storage.accountSearch()
                .all(new AccountQuery(
                        PlatformCode.of("a"),
                        null,
                        null,
                        null,
                        AccountOrder.NEWEST_FIRST,
                        AccountQuery.MAX_LIMIT,
                        null))) {
            accounts = all.map(view2 -> view2.influencer().name() + "|"
                            + view2.influencer().phone() + "|" + view2.account().details())
                    .sorted()
                    .toList();
        }
        return new Result(
                List.of(result.get("total"), result.get("success"), result.get("failed")),
                errorFile,
                accounts,
                progress);
    }

    private static Roster roster(RosterStorage storage, InMemoryFileStore files, SteppingClock clock) {
        return roster(storage, files, clock, null);
    }

    private static Roster roster(
            RosterStorage storage, InMemoryFileStore files, SteppingClock clock, ExecutorService executor) {
        TextSheets sheets = new TextSheets();
        Roster.Builder builder = Roster.builder()
                .storage(storage)
                .clock(clock)
                .files(files)
                .spreadsheets(sheets, sheets, new InMemoryJobQueue())
                .importSettings(new ImportSettings(10, 10 * BATCH, 10_000_000, Duration.ofHours(1)));
        return (executor == null ? builder : builder.executor(executor)).build();
    }

    private record Result(List<Object> summary, String errorFile, List<String> accounts, List<JobProgress> progress) {}

    /**
     * A file as staff send them: mostly new accounts, some of people already on the roster, some rows invalid, some
     * handles twice in the file, some handles taken before the import.
     */
    private record Workbook(byte[] bytes, List<RegisterAccountCommand> registeredBefore) {

        static Workbook generate(Random random, int rows) {
            List<String> lines = new ArrayList<>(List.of("Name\tPhone\tHandle\tE-mail"));
            List<RegisterAccountCommand> before = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                int person = random.nextInt(rows);
                String name = "Person " + person;
                String phone = String.format("010-%04d-%04d", 1000 + person / 10_000, person % 10_000);
                String handle = "h" + i;
                String email = "";
                switch (random.nextInt(20)) {
                    case 0 -> phone = "12";
                    case 1 -> email = "not-an-email";
                    case 2 -> handle = "h" + random.nextInt(i + 1);
                    case 3 ->
                        before.add(new RegisterAccountCommand(
                                "a", "Someone " + i, "010-9999-" + String.format("%04d", i), handle, null, null, null));
                    default -> {}
                }
                lines.add(name + "\t" + phone + "\t" + handle + "\t" + email);
            }
            return new Workbook(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), before);
        }
    }
}

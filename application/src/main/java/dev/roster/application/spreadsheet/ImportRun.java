package dev.roster.application.spreadsheet;

import dev.roster.application.account.RegisterAccount;
import dev.roster.application.account.Registration;
import dev.roster.application.error.ConflictException;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.port.SheetRow;
import dev.roster.domain.job.JobId;
import dev.roster.domain.platform.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * One import in progress: data rows are gathered into batches, each row checked by {@link RowCheck} and the valid
 * ones saved by {@link SavingBatches}; a row the store refuses is updated instead in upsert mode ({@link Upserts}).
 * Failed rows go to the error file with their reasons as each batch is settled, so that no more than the batches in
 * flight are ever held, and progress is reported after each.
 */
final class ImportRun implements HeaderSearch.DataRows, AutoCloseable {

    /** Rows saved per round trip: large enough to amortise it, small enough to report progress often. */
    static final int BATCH = 500;

    /** Told how far the import is, after each batch. */
    @FunctionalInterface
    interface Progress {

        void report(long done, long total);

        Progress NONE = (done, total) -> {};
    }

    /**
     * The job an import runs as, when it runs as one. A job is delivered at least once, and may be run again after any
     * row: rows an earlier run of it saved are its own (saved, not taken handles), and its error file has one place,
     * so a run again gives what one run would have.
     *
     * @param created when the job was queued: accounts of its rows created since may be its own
     */
    record AsJob(JobId id, Instant created) {

        AsJob {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(created, "created");
        }
    }

    private final RegisterAccount register;
    private final Upserts upserts;
    private final HandleHolders holders;
    private final AsJob job;
    private final ErrorReport errors;
    private final Platform platform;
    private final boolean upsert;
    private final long expectedRows;
    private final Progress progress;
    private final SavingBatches batches;
    private final List<SheetRow> pending = new ArrayList<>(BATCH);
    private ImportHeader header;
    private RowCheck checks;
    private ErrorReport.Draft errorFile;
    private long total;
    private long success;
    private long failed;

    /** @param job the job the import runs as, or {@code null} when it runs while its caller waits */
    ImportRun(
            RegisterAccount register,
            Upserts upserts,
            HandleHolders holders,
            ErrorReport errors,
            Platform platform,
            boolean upsert,
            long expectedRows,
            AsJob job,
            Progress progress,
            Executor executor) {
        this.register = register;
        this.upserts = upserts;
        this.holders = holders;
        this.job = job;
        this.errors = errors;
        this.platform = platform;
        this.upsert = upsert;
        this.expectedRows = expectedRows;
        this.progress = progress;
        this.batches = new SavingBatches(register, executor, this::settle);
    }

    @Override
    public void header(ImportHeader found) {
        header = found;
        checks = new RowCheck(register, platform, found);
    }

    @Override
    public void row(SheetRow row) {
        total++;
        pending.add(row);
        if (pending.size() == BATCH) {
            flush();
        }
    }

    /** Saves what is left; the run's figures are final afterwards. */
    void finish() {
        flush();
        batches.finish();
    }

    long total() {
        return total;
    }

    long success() {
        return success;
    }

    long failed() {
        return failed;
    }

    /** Stores the error file of the rows that failed, once the run is finished; null when none did. */
    FileKey storeErrors(Instant now) {
        return errorFile == null ? null : errorFile.store(now, job == null ? null : job.id());
    }

    /** Checks the pending rows and sends the valid ones to be saved, while earlier batches may still be saving. */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Registration> valid = new ArrayList<>(pending.size());
        List<SheetRow> validRows = new ArrayList<>(pending.size());
        List<FailedRow> failures = new ArrayList<>();
        for (SheetRow row : pending) {
            checks.check(row, failures).ifPresent(registration -> {
                valid.add(registration);
                validRows.add(row);
            });
        }
        pending.clear();
        batches.save(new SavingBatches.Batch(valid, validRows, failures, total));
    }

    /** Takes in what became of each row of a saved batch, then writes its failures in the file's order. */
    private void settle(SavingBatches.Saved saved) {
        SavingBatches.Batch batch = saved.batch();
        List<FailedRow> failures = batch.failures();
        for (int i = 0; i < saved.results().size(); i++) {
            if (saved.results().get(i) instanceof RegistrationResult.Refused refused) {
                refused(batch.rows().get(i), batch.registrations().get(i), refused.conflict())
                        .ifPresentOrElse(failures::add, () -> success++);
            } else {
                success++;
            }
        }
        // A batch finds its invalid rows before its refused ones: the error file takes them in the file's order.
        failures.sort(Comparator.comparingInt(failure -> failure.row().number()));
        failures.forEach(this::writeFailure);
        progress.report(batch.rowsRead(), Math.max(batch.rowsRead(), expectedRows));
    }

    /** A row the store refused: a failure, unless upsert mode updates the account holding its handle. */
    private Optional<FailedRow> refused(SheetRow row, Registration registration, ConflictException conflict) {
        String handle = header.labelOf("handle") + " " + registration.details().handle();
        List<Integer> handleColumn = List.of(header.index(ImportColumn.HANDLE));
        if (conflict.reason() != ConflictException.Reason.DUPLICATE_HANDLE) {
            return Optional.of(RowCheck.failure(row, conflict.getMessage(), List.of()));
        }
        if (job != null && holders.savedSince(registration, job.created())) {
            return Optional.empty();
        }
        if (!upsert) {
            return Optional.of(
                    RowCheck.failure(row, handle + " is already registered on " + platform.name(), handleColumn));
        }
        return upserts.apply(registration).map(why -> RowCheck.failure(row, handle + " " + why, handleColumn));
    }

    private void writeFailure(FailedRow failure) {
        if (errorFile == null) {
            errorFile = errors.start(platform.code().value(), header);
        }
        errorFile.add(failure);
        failed++;
    }

    /**
     * Lets go of the error file's temporary rows; after a failure the batches in flight still finish on the executor,
     * and are simply not counted.
     */
    @Override
    public void close() {
        if (errorFile != null) {
            errorFile.close();
        }
    }
}

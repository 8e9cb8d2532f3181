package dev.roster.application.spreadsheet;

import dev.roster.application.account.RegisterAccount;
import dev.roster.application.account.Registration;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.FieldError;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.port.SheetRow;
import dev.roster.domain.platform.Platform;
import java.util.ArrayDeque;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * One import in progress: each data row becomes the API's registration command, checked by the same rules; valid rows
 * are saved in batches (one round trip each, two batches saving while the next is checked), invalid and refused ones
 * go to the error file with their reasons as each batch is settled, so that no more than the batches in flight are
 * ever held.
 */
final class ImportRun implements HeaderSearch.DataRows, AutoCloseable {

    /** Rows saved per round trip: large enough to amortise it, small enough to report progress often. */
    static final int BATCH = 500;
    /**
     * Batches being saved at once. Two keep the store busy while the JVM checks the next rows, and the store's bulk
     * registration is safe with several at once; a file's duplicate handles never reach it (they are caught first).
     */
    static final int IN_FLIGHT = 2;

    /** Told how far the import is, after each batch. */
    @FunctionalInterface
    interface Progress {

        void report(long done, long total);

        Progress NONE = (done, total) -> { };
    }

    private final RegisterAccount register;
    private final Upserts upserts;
    private final Platform platform;
    private final boolean upsert;
    private final long expectedRows;
    private final Progress progress;
    private final List<SheetRow> pending = new ArrayList<>(BATCH);
    private final Map<String, Integer> handleRows = new HashMap<>();
    private final ErrorReport errors;
    private ErrorReport.Draft errorFile;
    /** Where the rows failing now are noted: the batch being checked, or the batch being settled. */
    private List<FailedRow> failing = new ArrayList<>();
    private long failed;
    private ImportHeader header;
    private final ArrayDeque<Saving> inFlight = new ArrayDeque<>(IN_FLIGHT);
    private ExecutorService saver;
    private long total;
    private long success;

    ImportRun(RegisterAccount register, Upserts upserts, ErrorReport errors, Platform platform, boolean upsert,
            long expectedRows, Progress progress) {
        this.register = register;
        this.errors = errors;
        this.upserts = upserts;
        this.platform = platform;
        this.upsert = upsert;
        this.expectedRows = expectedRows;
        this.progress = progress;
    }

    @Override
    public void header(ImportHeader found) {
        header = found;
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
        settleAll();
    }

    ImportHeader header() {
        return header;
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
        return errorFile == null ? null : errorFile.store(now);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Registration> valid = new ArrayList<>(pending.size());
        List<SheetRow> validRows = new ArrayList<>(pending.size());
        List<FailedRow> batchFailures = new ArrayList<>();
        failing = batchFailures;
        for (SheetRow row : pending) {
            check(row).ifPresent(registration -> {
                valid.add(registration);
                validRows.add(row);
            });
        }
        pending.clear();
        // This batch was checked while earlier ones were being saved: the JVM and the store work side by side.
        if (inFlight.size() == IN_FLIGHT) {
            settleOldest();
        }
        inFlight.add(new Saving(valid.isEmpty() ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> register.saveAll(valid), saver()), valid, validRows,
                batchFailures, total));
    }

    /** Waits for every batch being saved, in the file's order. */
    private void settleAll() {
        while (!inFlight.isEmpty()) {
            settleOldest();
        }
    }

    /** Waits for the oldest batch being saved and takes in what became of each of its rows. */
    private void settleOldest() {
        Saving saving = inFlight.removeFirst();
        List<RegistrationResult> results;
        try {
            results = saving.results().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        failing = saving.failures();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof RegistrationResult.Refused refused) {
                refused(saving.rows().get(i), saving.registrations().get(i), refused.conflict());
            } else {
                success++;
            }
        }
        // A batch finds its invalid rows before its refused ones: the error file takes them in the file's order.
        saving.failures().sort(Comparator.comparingInt(failure -> failure.row().number()));
        saving.failures().forEach(this::writeFailure);
        progress.report(saving.rowsRead(), Math.max(saving.rowsRead(), expectedRows));
    }

    private ExecutorService saver() {
        if (saver == null) {
            saver = Executors.newFixedThreadPool(IN_FLIGHT, task -> {
                Thread thread = new Thread(task, "roster-import-saver");
                thread.setDaemon(true);
                return thread;
            });
        }
        return saver;
    }

    private void writeFailure(FailedRow failure) {
        if (errorFile == null) {
            errorFile = errors.start(platform.code().value(), header);
        }
        errorFile.add(failure);
        failed++;
    }

    /**
     * Lets go of the saving threads and of the error file's temporary rows; after a failure the batches in flight
     * still finish, and are simply not counted.
     */
    @Override
    public void close() {
        if (saver != null) {
            saver.shutdown();
        }
        if (errorFile != null) {
            errorFile.close();
        }
    }

    /** A batch on its way to the store. */
    private record Saving(CompletableFuture<List<RegistrationResult>> results, List<Registration> registrations,
            List<SheetRow> rows, List<FailedRow> failures, long rowsRead) {
    }

    /** The row's registration if it passes every rule and its handle is new to the file; a failure otherwise. */
    private Optional<Registration> check(SheetRow row) {
        Registration registration;
        try {
            registration = register.validate(header.command(platform.code().value(), row));
        } catch (InvalidInputException invalid) {
            fail(row, invalid.errors().stream().map(this::describe).collect(Collectors.joining("; ")),
                    invalid.errors().stream().map(error -> header.index(column(error.field()))).toList());
            return Optional.empty();
        }
        Integer earlier = handleRows.putIfAbsent(registration.details().handle().key(), row.number());
        if (earlier != null) {
            fail(row, header.labelOf("handle") + " " + registration.details().handle()
                    + " already appears in row " + earlier + " of this file", List.of(header.index(ImportColumn.HANDLE)));
            return Optional.empty();
        }
        return Optional.of(registration);
    }

    private void refused(SheetRow row, Registration registration, ConflictException conflict) {
        String handle = header.labelOf("handle") + " " + registration.details().handle();
        if (conflict.reason() != ConflictException.Reason.DUPLICATE_HANDLE) {
            fail(row, conflict.getMessage(), List.of());
        } else if (!upsert) {
            fail(row, handle + " is already registered on " + platform.name(), List.of(header.index(ImportColumn.HANDLE)));
        } else {
            Optional<String> notUpdated = upserts.apply(registration);
            if (notUpdated.isEmpty()) {
                success++;
            } else {
                fail(row, handle + " " + notUpdated.get(), List.of(header.index(ImportColumn.HANDLE)));
            }
        }
    }

    private String describe(FieldError error) {
        return header.labelOf(error.field()) + " " + error.message();
    }

    private static ImportColumn column(String field) {
        return ImportColumn.forField(field).orElse(null);
    }

    private void fail(SheetRow row, String reason, List<Integer> columns) {
        Set<Integer> culprits = new LinkedHashSet<>();
        columns.stream().filter(index -> index != null && index >= 0).forEach(culprits::add);
        failing.add(new FailedRow(row, reason, culprits));
    }
}

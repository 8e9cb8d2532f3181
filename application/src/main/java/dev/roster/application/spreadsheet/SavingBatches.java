package dev.roster.application.spreadsheet;

import dev.roster.application.account.RegisterAccount;
import dev.roster.application.account.Registration;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.port.SheetRow;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Saves an import's checked rows a batch at a time, one round trip each, with up to {@value #IN_FLIGHT} batches being
 * saved on the executor while the next rows are checked, so the JVM and the store work side by side. Each batch is
 * handed back once saved, in the file's order; no more than the batches in flight are ever held.
 */
final class SavingBatches {

    /**
     * Batches being saved at once. Two keep the store busy while the JVM checks the next rows, and the store's bulk
     * registration is safe with several at once; a file's duplicate handles never reach it (they are caught first).
     */
    static final int IN_FLIGHT = 2;

    /** A batch of rows: the valid ones to save, and those that already failed their checks. */
    record Batch(List<Registration> registrations, List<SheetRow> rows, List<FailedRow> failures, long rowsRead) {}

    /** A batch as saved: one result per registration, in order. */
    record Saved(Batch batch, List<RegistrationResult> results) {}

    private final RegisterAccount register;
    private final Executor executor;
    private final Consumer<Saved> settle;
    private final ArrayDeque<Saving> inFlight = new ArrayDeque<>(IN_FLIGHT);

    /** @param settle takes in each saved batch, in the file's order, on the caller's thread */
    SavingBatches(RegisterAccount register, Executor executor, Consumer<Saved> settle) {
        this.register = register;
        this.executor = executor;
        this.settle = settle;
    }

    /** Starts saving {@code batch}, first settling the oldest one being saved if as many as allowed are. */
    void save(Batch batch) {
        if (inFlight.size() == IN_FLIGHT) {
            settleOldest();
        }
        List<Registration> valid = batch.registrations();
        inFlight.add(new Saving(
                batch,
                valid.isEmpty()
                        ? CompletableFuture.completedFuture(List.of())
                        : CompletableFuture.supplyAsync(() -> register.saveAll(valid), executor)));
    }

    /** Waits for every batch being saved and settles them, in the file's order. */
    void finish() {
        while (!inFlight.isEmpty()) {
            settleOldest();
        }
    }

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
        settle.accept(new Saved(saving.batch(), results));
    }

    /** A batch on its way to the store. */
    private record Saving(Batch batch, CompletableFuture<List<RegistrationResult>> results) {}
}

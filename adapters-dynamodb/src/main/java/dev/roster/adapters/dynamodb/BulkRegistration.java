package dev.roster.adapters.dynamodb;

import dev.roster.application.account.FindOrCreatePerson;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * {@code registerAll}: each entry is one transaction (a transaction that fails cancels all its writes, and entries
 * must fail alone), so speed comes from writing several people's entries at once. Entries that share an identity or
 * a handle are written in batch order by one writer: the first creates the person (or wins the handle), the next
 * ones attach to them (or are refused).
 */
final class BulkRegistration {

    private final ExecutorService writers;
    private final FindOrCreatePerson findOrCreate;

    /** Writes entries through {@code influencers}' own create and addAccount, on {@code writers}. */
    BulkRegistration(ExecutorService writers, Influencers influencers) {
        this.writers = writers;
        this.findOrCreate = new FindOrCreatePerson(influencers);
    }

    List<RegistrationResult> registerAll(List<NewAccount> batch) {
        Collection<List<Integer>> groups = EntryGroups.of(batch);
        RegistrationResult[] results = new RegistrationResult[batch.size()];
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (List<Integer> entries : groups) {
            running.add(CompletableFuture.runAsync(
                    () -> entries.forEach(i -> results[i] = register(batch.get(i))), writers));
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new UnavailableException("a bulk registration failed", failed.getCause());
        }
        return List.of(results);
    }

    /** One entry, by the core's find-or-create policy; a conflict refuses this entry only. */
    private RegistrationResult register(NewAccount entry) {
        try {
            return new RegistrationResult.Registered(findOrCreate.register(entry));
        } catch (ConflictException refused) {
            return new RegistrationResult.Refused(refused);
        }
    }
}

package dev.roster.adapters.dynamodb;

import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.error.UnavailableException;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.PlatformAccount;
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

    /** Losing a race with a concurrent creation or deletion of the person is retried; more often than this is not. */
    private static final int ATTEMPTS = 5;

    private final ExecutorService writers;
    private final Influencers influencers;

    /** Writes entries through {@code influencers}' own create and addAccount, on {@code writers}. */
    BulkRegistration(ExecutorService writers, Influencers influencers) {
        this.writers = writers;
        this.influencers = influencers;
    }

    List<RegistrationResult> registerAll(List<NewAccount> batch) {
        Collection<List<Integer>> groups = EntryGroups.of(batch);
        RegistrationResult[] results = new RegistrationResult[batch.size()];
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (List<Integer> entries : groups) {
            running.add(CompletableFuture.runAsync(() -> entries.forEach(i -> results[i] = register(batch.get(i))),
                    writers));
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

    private RegistrationResult register(NewAccount entry) {
        for (int attempt = 1; ; attempt++) {
            try {
                return new RegistrationResult.Registered(attempt(entry));
            } catch (ConflictException refused) {
                if (refused.reason() != ConflictException.Reason.DUPLICATE_PERSON || attempt == ATTEMPTS) {
                    return new RegistrationResult.Refused(refused);
                }
            } catch (NotFoundException personGone) {
                if (attempt == ATTEMPTS) {
                    throw personGone;
                }
            }
        }
    }

    private PlatformAccount attempt(NewAccount entry) {
        Influencer holder = influencers.findByIdentity(entry.identity()).orElse(null);
        if (holder != null) {
            PlatformAccount account = PlatformAccount.register(entry.id(), holder.id(), entry.platform(),
                    entry.details(), entry.at());
            influencers.addAccount(account);
            return account;
        }
        Influencer person = Influencer.register(entry.newInfluencerId(), entry.identity(), entry.at());
        PlatformAccount account = PlatformAccount.register(entry.id(), person.id(), entry.platform(), entry.details(),
                entry.at());
        influencers.create(person, account);
        return account;
    }
}

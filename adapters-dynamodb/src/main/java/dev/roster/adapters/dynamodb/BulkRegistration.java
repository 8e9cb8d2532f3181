package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.CollectionItems;
import dev.roster.adapters.dynamodb.item.Keys;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.application.account.FindOrCreatePerson;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PlatformAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@code registerAll} without a transaction per entry (a transaction costs twice each item it writes), in three steps:
 *
 * <ol>
 *   <li><b>Guards</b>, entry by entry: the handle guard, for a new person their {@code P} item and identity guard,
 *       the account's id pointer, each a conditional PutItem (1 WCU). An entry refused on one gives back what it
 *       claimed. Entries sharing an identity or a handle run in batch order on one writer, so the first wins the handle
 *       or creates the person and the next ones are refused or attach to them. An entry for a person already stored
 *       is written by {@link Influencers#addAccount}'s transaction, which checks the person is not being removed.</li>
 *   <li><b>Prepare</b>: every new account's schedule entry, by BatchWriteItem (1 WCU each).</li>
 *   <li><b>Commit</b>: the account items, by BatchWriteItem, last: an account exists when its item does, and by then
 *       everything it needs is written. Only within {@link Guards#COMMIT_WINDOW} of the first claim, so an orphaned
 *       guard's account never appears after the repair rule gave its key away.</li>
 *   <li><b>Announce</b>: a change-log entry per account, by BatchWriteItem, so search projections show them.</li>
 * </ol>
 *
 * <p>A crash at any point leaves guards without their account (refused until {@link Guards#LEASE} has run out, then
 * taken over), a person without accounts (found by identity, so a re-run attaches to them), schedule entries naming
 * no account (claims skip them), or accounts not yet announced (a registration refused on their guard announces
 * them: {@link Guards#reclaim}): never half an account a reader shows.
 */
final class BulkRegistration {

    /** Where a bulk registration stops in a test that kills it there. */
    interface Steps {

        Steps NONE = (phase, done) -> {};

        enum Phase {
            /** {@code done} entries have their guards (or their transaction). */
            GUARDED,
            /** {@code done} BatchWriteItem requests of schedule entries have been written. */
            PREPARED,
            /** {@code done} BatchWriteItem requests of account items have been written. */
            COMMITTED,
            /** {@code done} BatchWriteItem requests of change-log entries have been written. */
            ANNOUNCED
        }

        void reached(Phase phase, int done);
    }

    private final ExecutorService writers;
    private final Dynamo dynamo;
    private final Influencers influencers;
    private final Guards guards;
    private final ChangeLog changes;
    private final BatchWrites batches;
    private final Steps steps;

    BulkRegistration(
            ExecutorService writers,
            Dynamo dynamo,
            Influencers influencers,
            Guards guards,
            ChangeLog changes,
            Steps steps) {
        this.writers = writers;
        this.dynamo = dynamo;
        this.influencers = influencers;
        this.guards = guards;
        this.changes = changes;
        this.batches = new BatchWrites(dynamo);
        this.steps = steps;
    }

    List<RegistrationResult> registerAll(List<NewAccount> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Instant deadline = guards.now().plus(Guards.COMMIT_WINDOW);
        RegistrationResult[] results = new RegistrationResult[batch.size()];
        Collection<PlatformAccount> pending = new ConcurrentLinkedQueue<>();
        AtomicInteger guarded = new AtomicInteger();
        List<Runnable> groups = new ArrayList<>();
        for (List<Integer> entries : EntryGroups.of(batch)) {
            groups.add(() -> {
                Map<String, InfluencerId> created = new HashMap<>();
                for (int i : entries) {
                    results[i] = register(batch.get(i), created, pending);
                    steps.reached(Steps.Phase.GUARDED, guarded.incrementAndGet());
                }
            });
        }
        runAll(groups);
        List<BatchWrites.Item> prepare = new ArrayList<>();
        List<BatchWrites.Item> commit = new ArrayList<>();
        List<BatchWrites.Item> announce = new ArrayList<>();
        for (PlatformAccount account : pending) {
            prepare.add(new BatchWrites.Item(
                    dynamo.tables().collection(),
                    CollectionItems.entry(
                            CollectionItems.dueQueue(account.platform()),
                            CollectionItems.dueSlot(null, account.id()),
                            account.id(),
                            account.influencerId())));
            announce.add(new BatchWrites.Item(dynamo.tables().changes(), changes.entry(account.influencerId())));
            Map<String, AttributeValue> item = new HashMap<>(PersonItems.account(account));
            CollectionItems.putNew(item, account);
            commit.add(new BatchWrites.Item(dynamo.tables().people(), item));
        }
        write(Steps.Phase.PREPARED, prepare, null);
        write(Steps.Phase.COMMITTED, commit, deadline);
        // After the accounts: a search projection that reads an entry re-reads the person once and skips the entry
        // afterwards, so the entry must not be visible before the account is.
        write(Steps.Phase.ANNOUNCED, announce, null);
        return List.of(results);
    }

    /** One entry's guards, by the core's find-or-create policy; a conflict refuses this entry only. */
    private RegistrationResult register(
            NewAccount entry, Map<String, InfluencerId> created, Collection<PlatformAccount> pending) {
        InfluencerId ours = created.get(Keys.person(entry.identity()));
        if (ours != null) {
            return claimAccount(register(entry, ours), pending);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<Influencer> holder = influencers.findByIdentity(entry.identity());
                if (holder.isPresent()) {
                    PlatformAccount account = register(entry, holder.get().id());
                    influencers.addAccount(account);
                    return new RegistrationResult.Registered(account);
                }
                Optional<RegistrationResult> done = createPerson(entry, created, pending);
                if (done.isPresent()) {
                    return done.get();
                }
                if (attempt == FindOrCreatePerson.ATTEMPTS) {
                    return new RegistrationResult.Refused(ConflictException.duplicatePerson(entry.identity()));
                }
            } catch (ConflictException refused) {
                return new RegistrationResult.Refused(refused);
            } catch (NotFoundException gone) {
                if (attempt == FindOrCreatePerson.ATTEMPTS) {
                    throw gone;
                }
            }
        }
    }

    /**
     * Claims the handle, writes the person and claims their identity, then the account's id. Empty when another
     * registration holds the identity (the caller attaches to them).
     */
    private Optional<RegistrationResult> createPerson(
            NewAccount entry, Map<String, InfluencerId> created, Collection<PlatformAccount> pending) {
        Influencer person = Influencer.register(entry.newInfluencerId(), entry.identity(), entry.at());
        PlatformAccount account = register(entry, person.id());
        Instant at = guards.now();
        var handle = Keys.claimed(
                Keys.handle(account.platform(), account.handle()), person.id().value(), account.id(), at);
        if (!guards.claim(handle)) {
            return Optional.of(refused(ConflictException.duplicateHandle(account.platform(), account.handle())));
        }
        if (!putPerson(person)) {
            guards.release(handle);
            return Optional.of(refused(
                    ConflictException.duplicateId("influencer", person.id().value())));
        }
        // The person is written before their identity guard, so that guard never stands without them.
        var identity = Keys.guard(Keys.person(person.identity()), person.id().value(), null);
        if (!guards.claim(identity)) {
            deletePerson(person.id());
            guards.release(handle);
            return Optional.empty();
        }
        var pointer = Keys.claimed(Keys.account(account.id()), person.id().value(), null, at);
        if (!guards.claim(pointer)) {
            guards.release(identity);
            deletePerson(person.id());
            guards.release(handle);
            return Optional.of(refused(
                    ConflictException.duplicateId("account", account.id().value())));
        }
        created.put(Keys.person(person.identity()), person.id());
        pending.add(account);
        return Optional.of(new RegistrationResult.Registered(account));
    }

    /** Claims the handle and id of an account for a person this batch created. */
    private RegistrationResult claimAccount(PlatformAccount account, Collection<PlatformAccount> pending) {
        Instant at = guards.now();
        String owner = account.influencerId().value();
        var handle = Keys.claimed(Keys.handle(account.platform(), account.handle()), owner, account.id(), at);
        if (!guards.claim(handle)) {
            return refused(ConflictException.duplicateHandle(account.platform(), account.handle()));
        }
        if (!guards.claim(Keys.claimed(Keys.account(account.id()), owner, null, at))) {
            guards.release(handle);
            return refused(ConflictException.duplicateId("account", account.id().value()));
        }
        pending.add(account);
        return new RegistrationResult.Registered(account);
    }

    private static PlatformAccount register(NewAccount entry, InfluencerId owner) {
        return PlatformAccount.register(entry.id(), owner, entry.platform(), entry.details(), entry.at());
    }

    private static RegistrationResult refused(ConflictException conflict) {
        return new RegistrationResult.Refused(conflict);
    }

    /** The person's item, unless one with their id exists. */
    private boolean putPerson(Influencer person) {
        String condition = "attribute_not_exists(#influencer)";
        try {
            dynamo.client()
                    .putItem(request -> request.tableName(dynamo.tables().people())
                            .item(PersonItems.person(person))
                            .conditionExpression(condition)
                            .expressionAttributeNames(Expressions.names(condition)));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        } catch (SdkException failure) {
            throw Dynamo.translate(failure);
        }
    }

    /** Takes back a person this registration wrote and lost the identity of: nobody can have found them. */
    private void deletePerson(InfluencerId id) {
        dynamo.call(() -> dynamo.client()
                .deleteItem(
                        request -> request.tableName(dynamo.tables().people()).key(PersonItems.personKey(id))));
    }

    /** Writes {@code items} 25 a request, several requests at once; none after {@code deadline} when one is given. */
    private void write(Steps.Phase phase, List<BatchWrites.Item> items, Instant deadline) {
        AtomicInteger written = new AtomicInteger();
        List<Runnable> requests = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BatchWrites.MAX_ITEMS) {
            List<BatchWrites.Item> chunk = items.subList(from, Math.min(items.size(), from + BatchWrites.MAX_ITEMS));
            requests.add(() -> {
                if (deadline != null && guards.now().isAfter(deadline)) {
                    throw new UnavailableException(
                            "a bulk registration took longer than " + Guards.COMMIT_WINDOW
                                    + " to reach its accounts; its guards are taken over after " + Guards.LEASE,
                            null);
                }
                batches.write(chunk);
                steps.reached(phase, written.incrementAndGet());
            });
        }
        runAll(requests);
    }

    /** Runs {@code tasks} on the writers; after one fails, those not yet started do not start. */
    private void runAll(List<Runnable> tasks) {
        AtomicBoolean failed = new AtomicBoolean();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (Runnable task : tasks) {
            running.add(CompletableFuture.runAsync(
                    () -> {
                        if (failed.get()) {
                            return;
                        }
                        try {
                            task.run();
                        } catch (RuntimeException | Error failure) {
                            failed.set(true);
                            throw failure;
                        }
                    },
                    writers));
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failure.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new UnavailableException("a bulk registration failed", failure.getCause());
        }
    }
}

package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.CollectionItems;
import dev.roster.adapters.dynamodb.item.Keys;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.application.account.FindOrCreatePerson;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PlatformAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@code registerAll} without a transaction per entry (a transaction costs twice each item it writes), in five steps:
 *
 * <ol>
 *   <li><b>Read</b>: who holds each identity and account id of the batch, by BatchGetItem (100 keys a request), so an
 *       entry for a new person asks nothing more before claiming, and an id nobody holds needs no claim of its own.</li>
 *   <li><b>Guards</b>, entry by entry: the handle guard, for a new person their {@code P} item and identity guard,
 *       each a conditional PutItem (1 WCU); the account's id pointer too if its id was held. An entry refused on one
 *       gives back what it claimed. Entries sharing an identity or a handle run in batch order on one writer, so the
 *       first wins the handle or creates the person and the next ones are refused or attach to them. An entry for a
 *       person already stored claims the same guards. An account id given twice refuses the later entries.</li>
 *   <li><b>Prepare</b>: every new account's schedule entry and the id pointers not yet written, by BatchWriteItem
 *       (1 WCU each).</li>
 *   <li><b>Commit</b>: the account items, by BatchWriteItem, last: an account exists when its item does, and by then
 *       everything it needs is written. An account for a person stored before the batch is written in a transaction
 *       with the check that the person is not being removed (which a plain put cannot make). Only within {@link Guards#COMMIT_WINDOW} of the first claim, so an orphaned
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
    private final KeyReads keyReads;
    private final Transactions transactions;
    private final AccountWrites accounts;
    private final Steps steps;

    BulkRegistration(
            ExecutorService writers,
            Dynamo dynamo,
            Influencers influencers,
            Guards guards,
            ChangeLog changes,
            Transactions transactions,
            Steps steps) {
        this.writers = writers;
        this.dynamo = dynamo;
        this.influencers = influencers;
        this.guards = guards;
        this.changes = changes;
        this.batches = new BatchWrites(dynamo);
        this.keyReads = new KeyReads(dynamo);
        this.transactions = transactions;
        this.accounts = new AccountWrites(dynamo.tables());
        this.steps = steps;
    }

    List<RegistrationResult> registerAll(List<NewAccount> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Instant deadline = guards.now().plus(Guards.COMMIT_WINDOW);
        Map<String, Map<String, AttributeValue>> held = readKeys(batch);
        Map<AccountId, Integer> firstWithId = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            firstWithId.putIfAbsent(batch.get(i).id(), i);
        }
        RegistrationResult[] results = new RegistrationResult[batch.size()];
        Collection<Claimed> pending = new ConcurrentLinkedQueue<>();
        Collection<Claimed> attached = new ConcurrentLinkedQueue<>();
        AtomicInteger guarded = new AtomicInteger();
        List<Runnable> groups = new ArrayList<>();
        for (List<Integer> entries : EntryGroups.of(batch)) {
            groups.add(() -> {
                Map<String, InfluencerId> created = new HashMap<>();
                for (int i : entries) {
                    NewAccount entry = batch.get(i);
                    results[i] = firstWithId.get(entry.id()) != i
                            ? refused(ConflictException.duplicateId(
                                    "account", entry.id().value()))
                            : register(new Entry(i, entry, held), created, pending, attached);
                    steps.reached(Steps.Phase.GUARDED, guarded.incrementAndGet());
                }
            });
        }
        runAll(groups);
        List<BatchWrites.Item> prepare = new ArrayList<>();
        List<BatchWrites.Item> commit = new ArrayList<>();
        List<Claimed> all = new ArrayList<>(pending);
        all.addAll(attached);
        for (Claimed claimed : all) {
            PlatformAccount account = claimed.account();
            prepare.add(new BatchWrites.Item(
                    dynamo.tables().collection(),
                    CollectionItems.entry(
                            CollectionItems.dueQueue(account.platform()),
                            CollectionItems.dueSlot(null, account.id()),
                            account.id(),
                            account.influencerId())));
            if (claimed.pointer() != null) {
                prepare.add(new BatchWrites.Item(dynamo.tables().keys(), claimed.pointer()));
            }
        }
        for (Claimed claimed : pending) {
            commit.add(new BatchWrites.Item(dynamo.tables().people(), accountItem(claimed.account())));
        }
        write(Steps.Phase.PREPARED, prepare, null, new AtomicInteger());
        AtomicInteger committed = new AtomicInteger();
        write(Steps.Phase.COMMITTED, commit, deadline, committed);
        Collection<PlatformAccount> written = new ConcurrentLinkedQueue<>();
        pending.forEach(claimed -> written.add(claimed.account()));
        List<Runnable> attaching = new ArrayList<>();
        for (Claimed claimed : attached) {
            attaching.add(() -> {
                requireBefore(deadline);
                results[claimed.index()] = commitAttached(claimed, batch.get(claimed.index()), written);
                steps.reached(Steps.Phase.COMMITTED, committed.incrementAndGet());
            });
        }
        runAll(attaching);
        // After the accounts: a search projection that reads an entry re-reads the person once and skips the entry
        // afterwards, so the entry must not be visible before the account is.
        List<BatchWrites.Item> announce = new ArrayList<>();
        for (PlatformAccount account : written) {
            announce.add(new BatchWrites.Item(dynamo.tables().changes(), changes.entry(account.influencerId())));
        }
        write(Steps.Phase.ANNOUNCED, announce, null, new AtomicInteger());
        return List.of(results);
    }

    private static Map<String, AttributeValue> accountItem(PlatformAccount account) {
        Map<String, AttributeValue> item = new HashMap<>(PersonItems.account(account));
        CollectionItems.putNew(item, account);
        return item;
    }

    /**
     * Writes the item of an account for a person stored before the batch, in a transaction with the check that the
     * person is there and not being removed (4 WCU; a plain put could land after a removal's sweep and stay behind it).
     * A person removed meanwhile: the account gives back its guards and schedule entry, and the entry is registered
     * afresh by {@link FindOrCreatePerson}'s transactions (which announce it themselves).
     */
    private RegistrationResult commitAttached(Claimed claimed, NewAccount entry, Collection<PlatformAccount> written) {
        PlatformAccount account = claimed.account();
        Transaction transaction = accounts.requireOwner(
                new Transaction(),
                account.influencerId(),
                "influencer",
                account.influencerId().value());
        transaction.put(dynamo.tables().people(), accountItem(account));
        try {
            transactions.run(transaction);
            written.add(account);
            return new RegistrationResult.Registered(account);
        } catch (NotFoundException removed) {
            String owner = account.influencerId().value();
            guards.release(Keys.guard(Keys.account(account.id()), owner, null));
            guards.release(Keys.guard(Keys.handle(account.platform(), account.handle()), owner, account.id()));
            dynamo.call(() -> dynamo.client()
                    .deleteItem(request -> request.tableName(dynamo.tables().collection())
                            .key(CollectionItems.entryKey(
                                    CollectionItems.dueQueue(account.platform()),
                                    CollectionItems.dueSlot(null, account.id())))));
            try {
                return new RegistrationResult.Registered(new FindOrCreatePerson(influencers).register(entry));
            } catch (ConflictException refused) {
                return refused(refused);
            }
        }
    }

    /**
     * What the {@code keys} table holds of the batch's identities and account ids before it starts, read 100 keys a
     * request: an identity nobody holds needs no look-up of its own (the conditional claim of its guard still decides),
     * and an id nobody holds gets its pointer by BatchWriteItem with the schedule entries instead of a PutItem.
     */
    private Map<String, Map<String, AttributeValue>> readKeys(List<NewAccount> batch) {
        Set<String> keys = new LinkedHashSet<>();
        for (NewAccount entry : batch) {
            keys.add(Keys.person(entry.identity()));
            keys.add(Keys.account(entry.id()));
        }
        List<String> all = List.copyOf(keys);
        Map<String, Map<String, AttributeValue>> held = new ConcurrentHashMap<>();
        List<Runnable> requests = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KeyReads.MAX_KEYS) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KeyReads.MAX_KEYS));
            requests.add(() -> held.putAll(keyReads.read(chunk)));
        }
        runAll(requests);
        return held;
    }

    /** An entry and its place in the batch, with what the keys table held of its identity and id when it began. */
    private record Entry(int index, NewAccount entry, Map<String, Map<String, AttributeValue>> held) {

        /** Who held the entry's identity when the batch began. */
        Optional<InfluencerId> holder() {
            Map<String, AttributeValue> guard = held.get(Keys.person(entry.identity()));
            return guard == null ? Optional.empty() : InfluencerId.parse(Values.string(guard, Keys.OWNER));
        }

        /** Whether the account's id was free when the batch began (and this is the batch's only entry with it). */
        boolean idWasFree() {
            return !held.containsKey(Keys.account(entry.id()));
        }
    }

    /**
     * The account of the batch's entry {@code index}, its guards claimed, and its id pointer when that is still to be
     * written (else null).
     */
    private record Claimed(int index, PlatformAccount account, Map<String, AttributeValue> pointer) {}

    /** One entry's guards, by the core's find-or-create policy; a conflict refuses this entry only. */
    private RegistrationResult register(
            Entry entry, Map<String, InfluencerId> created, Collection<Claimed> pending, Collection<Claimed> attached) {
        InfluencerId ours = created.get(Keys.person(entry.entry().identity()));
        if (ours != null) {
            return claimAccount(entry, register(entry.entry(), ours), pending);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                // The batch's read first; a retry (the person created or removed meanwhile) asks again.
                Optional<InfluencerId> holder = attempt == 1
                        ? entry.holder()
                        : influencers.findByIdentity(entry.entry().identity()).map(Influencer::id);
                if (holder.isPresent()) {
                    // A stored person: the account's item goes in a transaction that checks them (commitAttached).
                    return claimAccount(entry, register(entry.entry(), holder.get()), attached);
                }
                Optional<RegistrationResult> done = createPerson(entry, created, pending);
                if (done.isPresent()) {
                    return done.get();
                }
                if (attempt == FindOrCreatePerson.ATTEMPTS) {
                    return new RegistrationResult.Refused(
                            ConflictException.duplicatePerson(entry.entry().identity()));
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
            Entry entry, Map<String, InfluencerId> created, Collection<Claimed> pending) {
        NewAccount wanted = entry.entry();
        Influencer person = Influencer.register(wanted.newInfluencerId(), wanted.identity(), wanted.at());
        PlatformAccount account = register(wanted, person.id());
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
        Optional<Claimed> claimed = claimPointer(entry, account, at);
        if (claimed.isEmpty()) {
            guards.release(identity);
            deletePerson(person.id());
            guards.release(handle);
            return Optional.of(refused(
                    ConflictException.duplicateId("account", account.id().value())));
        }
        created.put(Keys.person(person.identity()), person.id());
        pending.add(claimed.get());
        return Optional.of(new RegistrationResult.Registered(account));
    }

    /** Claims the handle and id of an account for a person this batch created or found stored. */
    private RegistrationResult claimAccount(Entry entry, PlatformAccount account, Collection<Claimed> pending) {
        Instant at = guards.now();
        String owner = account.influencerId().value();
        var handle = Keys.claimed(Keys.handle(account.platform(), account.handle()), owner, account.id(), at);
        if (!guards.claim(handle)) {
            return refused(ConflictException.duplicateHandle(account.platform(), account.handle()));
        }
        Optional<Claimed> claimed = claimPointer(entry, account, at);
        if (claimed.isEmpty()) {
            guards.release(handle);
            return refused(ConflictException.duplicateId("account", account.id().value()));
        }
        pending.add(claimed.get());
        return new RegistrationResult.Registered(account);
    }

    /**
     * The account's id pointer, claimed at {@code at}: an id nobody held when the batch began is the batch's alone
     * (ids are random, and a batch refuses an id given twice), so its pointer waits for the schedule entries' requests;
     * an id held then is claimed now by a conditional PutItem, which the repair rule may let through. Empty when held.
     */
    private Optional<Claimed> claimPointer(Entry entry, PlatformAccount account, Instant at) {
        var pointer =
                Keys.claimed(Keys.account(account.id()), account.influencerId().value(), null, at);
        if (entry.idWasFree()) {
            return Optional.of(new Claimed(entry.index(), account, pointer));
        }
        return guards.claim(pointer) ? Optional.of(new Claimed(entry.index(), account, null)) : Optional.empty();
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
    private void write(Steps.Phase phase, List<BatchWrites.Item> items, Instant deadline, AtomicInteger written) {
        List<Runnable> requests = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BatchWrites.MAX_ITEMS) {
            List<BatchWrites.Item> chunk = items.subList(from, Math.min(items.size(), from + BatchWrites.MAX_ITEMS));
            requests.add(() -> {
                if (deadline != null) {
                    requireBefore(deadline);
                }
                batches.write(chunk);
                steps.reached(phase, written.incrementAndGet());
            });
        }
        runAll(requests);
    }

    /** Refuses to write an account after the commit window: the repair rule may have given its guards away. */
    private void requireBefore(Instant deadline) {
        if (guards.now().isAfter(deadline)) {
            throw new UnavailableException(
                    "a bulk registration took longer than " + Guards.COMMIT_WINDOW
                            + " to reach its accounts; its guards are taken over after " + Guards.LEASE,
                    null);
        }
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

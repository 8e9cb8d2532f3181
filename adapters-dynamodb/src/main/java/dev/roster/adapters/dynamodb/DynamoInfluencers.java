package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.Keys;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PlatformAccount;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** People and their accounts in the {@code people} table, kept unique by the guards of the {@code keys} table. */
final class DynamoInfluencers implements Influencers {

    private final TableNames tables;
    private final People people;
    private final Transactions transactions;
    private final ChangeLog changes;
    private final AccountWrites accounts;
    private final Removal removal;
    private final Guards guards;
    private final BulkRegistration bulk;

    DynamoInfluencers(
            Dynamo dynamo,
            People people,
            Transactions transactions,
            ChangeLog changes,
            Removal removal,
            Guards guards,
            ExecutorService writers,
            BulkRegistration.Steps steps) {
        this.tables = dynamo.tables();
        this.people = people;
        this.transactions = transactions;
        this.changes = changes;
        this.accounts = new AccountWrites(tables);
        this.removal = removal;
        this.guards = guards;
        this.bulk = new BulkRegistration(writers, dynamo, this, guards, changes, transactions, steps);
    }

    @Override
    public Optional<Influencer> find(InfluencerId id) {
        return people.get(tables.people(), PersonItems.personKey(id)).map(PersonItems::influencer);
    }

    @Override
    public Optional<Influencer> findByIdentity(PersonIdentity identity) {
        return people.owner(Keys.person(identity)).flatMap(this::find);
    }

    @Override
    public Optional<PlatformAccount> findAccount(AccountId id) {
        return people.ownerOf(id)
                .flatMap(owner -> people.get(tables.people(), PersonItems.accountKey(owner, id)))
                .map(PersonItems::platformAccount);
    }

    @Override
    public void create(Influencer influencer, PlatformAccount firstAccount) {
        Transaction transaction = new Transaction()
                .put(
                        tables.people(),
                        PersonItems.person(influencer),
                        "attribute_not_exists(#influencer)",
                        null,
                        () -> ConflictException.duplicateId(
                                "influencer", influencer.id().value()))
                .put(
                        tables.keys(),
                        Keys.guard(
                                Keys.person(influencer.identity()),
                                influencer.id().value(),
                                null),
                        AccountWrites.NOT_EXISTS,
                        null,
                        () -> ConflictException.duplicatePerson(influencer.identity()));
        accounts.add(transaction, firstAccount);
        runReclaiming(
                changes.record(transaction, influencer.id()),
                Keys.handle(firstAccount.platform(), firstAccount.handle()),
                Keys.account(firstAccount.id()));
    }

    @Override
    public void addAccount(PlatformAccount account) {
        Transaction transaction = accounts.requireOwner(
                new Transaction(),
                account.influencerId(),
                "influencer",
                account.influencerId().value());
        accounts.add(transaction, account);
        runReclaiming(
                changes.record(transaction, account.influencerId()),
                Keys.handle(account.platform(), account.handle()),
                Keys.account(account.id()));
    }

    @Override
    public List<RegistrationResult> registerAll(List<NewAccount> batch) {
        return bulk.registerAll(batch);
    }

    @Override
    public Influencer update(Influencer changed) {
        InfluencerId id = changed.id();
        Influencer stored = find(id).orElseThrow(() -> new NotFoundException("influencer", id.value()));
        if (stored.version() != changed.version()) {
            throw ConflictException.stale("influencer", id.value());
        }
        Map<String, AttributeValue> values = Map.of(
                ":name",
                Values.s(changed.name().value()),
                ":phone",
                Values.s(changed.phone().e164()),
                ":next",
                Values.n(changed.version() + 1),
                ":updated",
                Values.instant(changed.updatedAt()),
                ":version",
                Values.n(changed.version()));
        Transaction transaction = new Transaction()
                .update(
                        tables.people(),
                        PersonItems.personKey(id),
                        "SET #name = :name, #phone = :phone, #version = :next, #updatedAt = :updated",
                        "#version = :version AND attribute_not_exists(#deleting)",
                        values,
                        staleOrGone(PersonItems.personKey(id), "influencer", id.value()));
        if (!stored.identity().key().equals(changed.identity().key())) {
            transaction
                    .delete(
                            tables.keys(),
                            Keys.key(Keys.person(stored.identity())),
                            "#owner = :owner",
                            Map.of(":owner", Values.s(id.value())),
                            () -> ConflictException.stale("influencer", id.value()))
                    .put(
                            tables.keys(),
                            Keys.guard(Keys.person(changed.identity()), id.value(), null),
                            AccountWrites.NOT_EXISTS,
                            null,
                            () -> ConflictException.duplicatePerson(changed.identity()));
        }
        transactions.run(changes.record(transaction, id));
        return changed.nextVersion();
    }

    @Override
    public PlatformAccount updateAccount(PlatformAccount changed) {
        String id = changed.id().value();
        Map<String, AttributeValue> key = PersonItems.accountKey(changed.influencerId(), changed.id());
        Map<String, AttributeValue> item = people.get(tables.people(), key)
                .filter(found -> !Values.flag(found, PersonItems.DELETING))
                .orElseThrow(() -> new NotFoundException("account", id));
        PlatformAccount stored = PersonItems.platformAccount(item);
        if (stored.version() != changed.version()) {
            throw ConflictException.stale("account", id);
        }
        Instant updated = changed.updatedAt().isBefore(stored.createdAt()) ? stored.createdAt() : changed.updatedAt();
        Transaction transaction = new Transaction();
        detailsUpdate(transaction, key, changed.details(), changed.version(), updated, staleOrGone(key, "account", id));
        if (!stored.handle().key().equals(changed.handle().key())) {
            transaction
                    .delete(
                            tables.keys(),
                            Keys.key(Keys.handle(stored.platform(), stored.handle())),
                            "#account = :account",
                            Map.of(":account", Values.s(id)),
                            () -> ConflictException.stale("account", id))
                    .put(
                            tables.keys(),
                            Keys.guard(
                                    Keys.handle(stored.platform(), changed.handle()),
                                    stored.influencerId().value(),
                                    stored.id()),
                            AccountWrites.NOT_EXISTS,
                            null,
                            () -> ConflictException.duplicateHandle(stored.platform(), changed.handle()));
        }
        runReclaiming(
                changes.record(transaction, stored.influencerId()),
                Keys.handle(stored.platform(), changed.handle()),
                null);
        return new PlatformAccount(
                stored.id(),
                stored.influencerId(),
                stored.platform(),
                changed.details(),
                stored.latestMetrics(),
                stored.version() + 1,
                stored.createdAt(),
                updated);
    }

    @Override
    public boolean delete(InfluencerId id) {
        return removal.removePerson(id);
    }

    @Override
    public boolean deleteAccount(AccountId id) {
        return removal.removeAccount(id);
    }

    /**
     * Runs a transaction that writes the handle guard {@code handle} (and the id pointer {@code pointer}, if not
     * null); when one of them is refused, and the guard standing there is an orphan a crashed bulk registration left
     * past its lease ({@link Guards}), takes it over and runs the transaction once more.
     */
    private void runReclaiming(Transaction transaction, String handle, String pointer) {
        try {
            transactions.run(transaction);
        } catch (ConflictException refused) {
            String key = switch (refused.reason()) {
                case DUPLICATE_HANDLE -> handle;
                case DUPLICATE_ID -> pointer;
                default -> null;
            };
            if (key == null || !guards.reclaim(key)) {
                throw refused;
            }
            transactions.run(transaction);
        }
    }

    /** Sets the details (removing absent optional fields) if the version is still {@code version}. */
    private void detailsUpdate(
            Transaction transaction,
            Map<String, AttributeValue> key,
            AccountDetails details,
            long version,
            Instant updated,
            Supplier<RuntimeException> refusal) {
        Map<String, AttributeValue> values = new HashMap<>();
        StringJoiner set = new StringJoiner(", ", "SET ", "");
        StringJoiner remove = new StringJoiner(", ", " REMOVE ", "").setEmptyValue("");
        Map<String, AttributeValue> detailItem = new HashMap<>();
        PersonItems.putDetails(detailItem, details);
        for (String field :
                List.of(PersonItems.HANDLE, PersonItems.PROFILE_URL, PersonItems.EMAIL, PersonItems.NOTES)) {
            if (detailItem.containsKey(field)) {
                set.add("#" + field + " = :" + field);
                values.put(":" + field, detailItem.get(field));
            } else {
                remove.add("#" + field);
            }
        }
        set.add("#version = :next").add("#updatedAt = :updated");
        values.put(":next", Values.n(version + 1));
        values.put(":updated", Values.instant(updated));
        values.put(":version", Values.n(version));
        transaction.update(
                tables.people(),
                key,
                set + remove.toString(),
                "#version = :version AND attribute_not_exists(#deleting)",
                values,
                refusal);
    }

    /** The refusal of a versioned write whose condition failed: stale if the item is still there, else not found. */
    private Supplier<RuntimeException> staleOrGone(Map<String, AttributeValue> key, String kind, String id) {
        return () -> people.get(tables.people(), key)
                .filter(item -> !Values.flag(item, PersonItems.DELETING))
                .<RuntimeException>map(item -> ConflictException.stale(kind, id))
                .orElseGet(() -> new NotFoundException(kind, id));
    }
}

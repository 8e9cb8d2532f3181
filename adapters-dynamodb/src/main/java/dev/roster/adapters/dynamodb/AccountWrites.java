package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.CollectionItems;
import dev.roster.adapters.dynamodb.item.Keys;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PlatformAccount;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The writes that store a new account or take one away: its item, its id pointer, its handle guard and its entry in the
 * collection schedule, together (so no account is ever missing from the schedule, and no entry outlives its account).
 */
final class AccountWrites {

    static final String NOT_EXISTS = "attribute_not_exists(#key)";

    private final TableNames tables;

    AccountWrites(TableNames tables) {
        this.tables = tables;
    }

    /**
     * Adds the new account's item, id pointer (unique id), handle guard (unique handle) and schedule entry (never
     * attempted: due at once) to {@code transaction}.
     */
    Transaction add(Transaction transaction, PlatformAccount account) {
        String owner = account.influencerId().value();
        Map<String, AttributeValue> item = new HashMap<>(PersonItems.account(account));
        CollectionItems.putNew(item, account);
        return transaction
                .put(tables.people(), item)
                .put(
                        tables.collection(),
                        CollectionItems.entry(
                                CollectionItems.dueQueue(account.platform()),
                                CollectionItems.dueSlot(null, account.id()),
                                account.id(),
                                account.influencerId()))
                .put(
                        tables.keys(),
                        Keys.guard(Keys.account(account.id()), owner, null),
                        NOT_EXISTS,
                        null,
                        () -> ConflictException.duplicateId(
                                "account", account.id().value()))
                .put(
                        tables.keys(),
                        Keys.guard(Keys.handle(account.platform(), account.handle()), owner, account.id()),
                        NOT_EXISTS,
                        null,
                        () -> ConflictException.duplicateHandle(account.platform(), account.handle()));
    }

    /**
     * Adds the removal of a stored account, its pointer, its guard and its schedule entry to {@code transaction};
     * refused if it is gone. {@code item} is the account's item read after it was marked deleting, so its entry no
     * longer moves.
     */
    Transaction remove(Transaction transaction, Map<String, AttributeValue> item) {
        PlatformAccount account = PersonItems.platformAccount(item);
        CollectionItems.entryKeyOf(item).ifPresent(entry -> transaction.delete(tables.collection(), entry));
        return transaction
                .delete(
                        tables.people(),
                        PersonItems.accountKey(account.influencerId(), account.id()),
                        "attribute_exists(#item)",
                        null,
                        () -> new NotFoundException("account", account.id().value()))
                .delete(tables.keys(), Keys.key(Keys.account(account.id())))
                .delete(
                        tables.keys(),
                        Keys.key(Keys.handle(account.platform(), account.handle())),
                        "#account = :account",
                        Map.of(":account", Values.s(account.id().value())),
                        () -> new IllegalStateException(
                                "the handle guard of " + account.id() + " names another account"));
    }

    /** The condition that the owner exists and is not being removed, for writes that add to their partition. */
    Transaction requireOwner(Transaction transaction, InfluencerId owner, String kind, String id) {
        return transaction.check(
                tables.people(),
                PersonItems.personKey(owner),
                "attribute_exists(#influencer) AND attribute_not_exists(#deleting)",
                null,
                () -> new NotFoundException(kind, id));
    }
}

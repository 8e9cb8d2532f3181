package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.Keys;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PlatformAccount;
import java.util.Map;

/** The writes that store a new account or take one away: its item, its id pointer and its handle guard, together. */
final class AccountWrites {

    static final String NOT_EXISTS = "attribute_not_exists(#key)";

    private final Tables tables;

    AccountWrites(Tables tables) {
        this.tables = tables;
    }

    /** Adds the new account's item, id pointer (unique id) and handle guard (unique handle) to {@code transaction}. */
    Transaction add(Transaction transaction, PlatformAccount account) {
        String owner = account.influencerId().value();
        return transaction
                .put(tables.people(), PersonItems.account(account))
                .put(tables.keys(), Keys.guard(Keys.account(account.id()), owner, null), NOT_EXISTS, null,
                        () -> ConflictException.duplicateId("account", account.id().value()))
                .put(tables.keys(), Keys.guard(Keys.handle(account.platform(), account.handle()), owner, account.id()),
                        NOT_EXISTS, null, () -> ConflictException.duplicateHandle(account.platform(), account.handle()));
    }

    /** Adds the removal of a stored account, its pointer and its guard to {@code transaction}; refused if it is gone. */
    Transaction remove(Transaction transaction, PlatformAccount account) {
        return transaction
                .delete(tables.people(), PersonItems.accountKey(account.influencerId(), account.id()),
                        "attribute_exists(#item)", null, () -> new NotFoundException("account", account.id().value()))
                .delete(tables.keys(), Keys.key(Keys.account(account.id())))
                .delete(tables.keys(), Keys.key(Keys.handle(account.platform(), account.handle())), "#account = :account",
                        Map.of(":account", Values.s(account.id().value())),
                        () -> new IllegalStateException("the handle guard of " + account.id() + " names another account"));
    }

    /** The condition that the owner exists and is not being removed, for writes that add to their partition. */
    Transaction requireOwner(Transaction transaction, InfluencerId owner, String kind, String id) {
        return transaction.check(tables.people(), PersonItems.personKey(owner),
                "attribute_exists(#influencer) AND attribute_not_exists(#deleting)", null,
                () -> new NotFoundException(kind, id));
    }
}

package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.Keys;
import dev.roster.adapters.dynamodb.item.PersonAggregate;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.application.error.NotFoundException;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.InfluencerId;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Removes a person or an account in three steps, so a retry after any failure finishes the job: <b>mark</b> the item
 * {@code deleting} (from then on no account, reading or form can join it), <b>sweep</b> what hangs off it (history,
 * consent forms, accounts — each account with its guards in one transaction), <b>remove</b> the item with its own
 * guard. A person or account stays visible until the last step, and a second delete sees the mark and carries on.
 */
final class Removal {

    private final Dynamo dynamo;
    private final TableNames tables;
    private final People people;
    private final Transactions transactions;
    private final ChangeLog changes;
    private final AccountWrites accounts;
    private final DynamoMetricHistory history;

    Removal(Dynamo dynamo, People people, Transactions transactions, ChangeLog changes, DynamoMetricHistory history) {
        this.dynamo = dynamo;
        this.tables = dynamo.tables();
        this.people = people;
        this.transactions = transactions;
        this.changes = changes;
        this.accounts = new AccountWrites(tables);
        this.history = history;
    }

    boolean removePerson(InfluencerId id) {
        if (!mark(PersonItems.personKey(id), "attribute_exists(#influencer)")) {
            return false;
        }
        // Read after the mark: from now on no claim or reading moves an account's schedule entry (they check the mark).
        List<Map<String, AttributeValue>> items = people.partition(id, null);
        PersonAggregate person = PersonAggregate.of(items).orElse(null);
        if (person == null) {
            return false;
        }
        for (Map<String, AttributeValue> account : items) {
            if (PersonItems.isAccount(account)) {
                history.clear(PersonItems.platformAccount(account).id());
                runIgnoringGone(changes.record(accounts.remove(new Transaction(), account), id));
            }
        }
        for (ConsentForm form : person.consentForms()) {
            dynamo.call(() -> dynamo.client()
                    .deleteItem(
                            request -> request.tableName(tables.people()).key(PersonItems.consentKey(id, form.id()))));
        }
        Transaction last = new Transaction()
                .delete(
                        tables.people(),
                        PersonItems.personKey(id),
                        "attribute_exists(#influencer)",
                        null,
                        () -> new NotFoundException("influencer", id.value()))
                .delete(
                        tables.keys(),
                        Keys.key(Keys.person(person.influencer().identity())),
                        "#owner = :owner",
                        Map.of(":owner", Values.s(id.value())),
                        () -> new IllegalStateException("the identity guard of " + id + " names another person"));
        return runIgnoringGone(changes.record(last, id));
    }

    boolean removeAccount(AccountId id) {
        InfluencerId owner = people.ownerOf(id).orElse(null);
        if (owner == null) {
            return false;
        }
        Map<String, AttributeValue> key = PersonItems.accountKey(owner, id);
        if (!mark(key, "attribute_exists(#item)")) {
            return false;
        }
        Map<String, AttributeValue> account = people.get(tables.people(), key).orElse(null);
        if (account == null) {
            return false;
        }
        history.clear(id);
        return runIgnoringGone(changes.record(accounts.remove(new Transaction(), account), owner));
    }

    /** Marks the item as being removed; false when it is not there (any more). */
    private boolean mark(Map<String, AttributeValue> key, String condition) {
        try {
            dynamo.client()
                    .updateItem(request -> request.tableName(tables.people())
                            .key(key)
                            .updateExpression("SET #deleting = :yes")
                            .conditionExpression(condition)
                            .expressionAttributeNames(Expressions.names("#deleting", condition))
                            .expressionAttributeValues(Map.of(":yes", Values.bool(true))));
            return true;
        } catch (ConditionalCheckFailedException gone) {
            return false;
        } catch (software.amazon.awssdk.core.exception.SdkException failure) {
            throw Dynamo.translate(failure);
        }
    }

    /** Runs a removal; false when a concurrent removal got there first. */
    private boolean runIgnoringGone(Transaction transaction) {
        try {
            transactions.run(transaction);
            return true;
        } catch (NotFoundException alreadyGone) {
            return false;
        }
    }
}

package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.CollectionItems;
import dev.roster.adapters.dynamodb.item.MetricItems;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.port.MetricHistory;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.NewestWins;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Metric history in the {@code metrics} table (one partition per account, newest last); the latest reading, the last
 * attempt, claim and failure on the account's item; the collection schedule in the {@code collection} table. A
 * snapshot is written in the same transaction that shows it on the account and moves its schedule entry, conditional
 * on the item's collection revision read just before, or, when neither changes, in one that only checks the account
 * is still there.
 */
final class DynamoMetricHistory implements MetricHistory {

    private static final int BATCH = 25;
    /** Writers of one account's collection state rarely collide; this many collisions in a row is a fault. */
    private static final int ATTEMPTS = 10;

    private final Dynamo dynamo;
    private final TableNames tables;
    private final People people;
    private final Transactions transactions;
    private final ChangeLog changes;
    private final Duration retention;
    private final CollectionSchedule schedule;

    DynamoMetricHistory(
            Dynamo dynamo, People people, Transactions transactions, ChangeLog changes, Duration retention) {
        this.dynamo = dynamo;
        this.tables = dynamo.tables();
        this.people = people;
        this.transactions = transactions;
        this.changes = changes;
        this.retention = retention;
        this.schedule = new CollectionSchedule(dynamo, transactions);
    }

    @Override
    public void record(MetricSnapshot snapshot) {
        AccountId id = snapshot.accountId();
        InfluencerId owner = people.ownerOf(id).orElseThrow(() -> new NotFoundException("account", id.value()));
        Instant at = snapshot.reading().collectedAt();
        Map<String, AttributeValue> snapshotItem = MetricItems.snapshot(snapshot, retention);
        for (int attempt = 1; ; attempt++) {
            Map<String, AttributeValue> item = living(owner, id);
            boolean shows = NewestWins.replaces(
                    item.containsKey(PersonItems.METRICS_AT) ? Values.instant(item, PersonItems.METRICS_AT) : null, at);
            StateWrite write = new StateWrite(tables, item).attempted(at);
            if (shows) {
                write.set(PersonItems.METRICS, MetricItems.values(snapshot.reading()))
                        .set(PersonItems.METRICS_AT, Values.instant(at));
            }
            Transaction transaction = new Transaction();
            if (write.changes()) {
                write.addTo(transaction, Changed::new);
            } else {
                // An older reading than the one shown, of an account attempted since: history only.
                transaction.check(
                        tables.people(),
                        PersonItems.accountKey(owner, id),
                        "attribute_exists(#item) AND attribute_not_exists(#deleting)",
                        null,
                        () -> new NotFoundException("account", id.value()));
            }
            requireLiving(transaction, owner, id).put(tables.metrics(), snapshotItem);
            if (shows) {
                changes.record(transaction, owner);
            }
            if (ran(transaction, attempt)) {
                return;
            }
        }
    }

    @Override
    public List<MetricSnapshot> newestFirst(AccountId account, int limit) {
        List<Map<String, AttributeValue>> items = dynamo.call(() -> dynamo.client()
                .query(request -> request.tableName(tables.metrics())
                        .consistentRead(true)
                        .keyConditionExpression("#account = :account")
                        .expressionAttributeNames(Map.of("#account", MetricItems.ACCOUNT))
                        .expressionAttributeValues(Map.of(":account", Values.s(account.value())))
                        .scanIndexForward(false)
                        .limit(limit))
                .items());
        return items.stream().map(MetricItems::snapshot).toList();
    }

    @Override
    public void recordFailure(CollectionFailure failure) {
        AccountId id = failure.accountId();
        InfluencerId owner = people.ownerOf(id).orElseThrow(() -> new NotFoundException("account", id.value()));
        for (int attempt = 1; ; attempt++) {
            Map<String, AttributeValue> item = living(owner, id);
            StateWrite write = new StateWrite(tables, item).attempted(failure.at());
            boolean newer = NewestWins.replaces(
                    CollectionItems.failure(item).map(CollectionFailure::at).orElse(null), failure.at());
            if (newer) {
                write.set(
                                CollectionItems.FAILURE_STATUS,
                                Values.s(failure.status().label()))
                        .set(CollectionItems.FAILURE_REASON, Values.s(failure.reason()))
                        .set(CollectionItems.FAILED_AT, Values.instant(failure.at()));
            }
            if (!write.changes()) {
                return;
            }
            Transaction transaction = requireLiving(write.addTo(new Transaction(), Changed::new), owner, id);
            if (ran(transaction, attempt)) {
                return;
            }
        }
    }

    @Override
    public Optional<CollectionFailure> lastFailure(AccountId account) {
        return people.ownerOf(account).flatMap(owner -> failureOf(owner, account));
    }

    /** One GetItem: the owner is known, so the pointer item need not be read. */
    @Override
    public Optional<CollectionFailure> lastFailure(PlatformAccount account) {
        return failureOf(account.influencerId(), account.id());
    }

    private Optional<CollectionFailure> failureOf(InfluencerId owner, AccountId account) {
        return people.get(tables.people(), PersonItems.accountKey(owner, account))
                .flatMap(CollectionItems::failure);
    }

    @Override
    public List<PlatformAccount> claimDue(
            PlatformCode platform, Instant attemptedBefore, Instant now, Duration lease, int limit) {
        return schedule.claimDue(platform, attemptedBefore, now, lease, limit);
    }

    /** Removes the account's whole history, 25 snapshots a request. */
    void clear(AccountId account) {
        QueryRequest query = QueryRequest.builder()
                .tableName(tables.metrics())
                .keyConditionExpression("#account = :account")
                .projectionExpression("#account, #at")
                .expressionAttributeNames(Map.of("#account", MetricItems.ACCOUNT, "#at", MetricItems.AT))
                .expressionAttributeValues(Map.of(":account", Values.s(account.value())))
                .build();
        QueryResponse page;
        do {
            QueryRequest next = query;
            page = dynamo.call(() -> dynamo.client().query(next));
            List<WriteRequest> deletes = new ArrayList<>();
            page.items()
                    .forEach(key -> deletes.add(WriteRequest.builder()
                            .deleteRequest(DeleteRequest.builder().key(key).build())
                            .build()));
            for (int from = 0; from < deletes.size(); from += BATCH) {
                writeAll(deletes.subList(from, Math.min(deletes.size(), from + BATCH)));
            }
            query = query.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        } while (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty());
    }

    /** Writes a batch, sending again whatever DynamoDB left unprocessed (it does so when throttled). */
    private void writeAll(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(tables.metrics(), batch);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> sending = pending;
            BatchWriteItemResponse response =
                    dynamo.call(() -> dynamo.client().batchWriteItem(request -> request.requestItems(sending)));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }

    /** The account's item, if it is there and not being removed. */
    private Map<String, AttributeValue> living(InfluencerId owner, AccountId id) {
        return people.get(tables.people(), PersonItems.accountKey(owner, id))
                .filter(item -> !Values.flag(item, PersonItems.DELETING))
                .orElseThrow(() -> new NotFoundException("account", id.value()));
    }

    /** Runs a state write; false when the item changed since it was read (the caller reads it again). */
    private boolean ran(Transaction transaction, int attempt) {
        try {
            transactions.run(transaction);
            return true;
        } catch (Changed changed) {
            if (attempt == ATTEMPTS) {
                throw new UnavailableException(
                        "the account's collection state kept changing under " + ATTEMPTS + " writes", changed);
            }
            return false;
        }
    }

    private Transaction requireLiving(Transaction transaction, InfluencerId owner, AccountId id) {
        return transaction.check(
                tables.people(),
                PersonItems.personKey(owner),
                "attribute_not_exists(#deleting)",
                null,
                () -> new NotFoundException("account", id.value()));
    }

    /** The account's item changed since it was read (or is gone, or being removed: reading it again tells). */
    private static final class Changed extends RuntimeException {
        Changed() {
            super(null, null, false, false);
        }
    }
}

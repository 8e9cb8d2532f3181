package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.MetricItems;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.MetricHistory;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Metric history in the {@code metrics} table (one partition per account, newest last), and the latest reading on
 * the account's item. A snapshot is written in the same transaction that shows it on the account, or, when the account
 * already shows a newer one, in a transaction that only checks the account is still there.
 */
final class DynamoMetricHistory implements MetricHistory {

    private static final int BATCH = 25;

    private final Dynamo dynamo;
    private final Tables tables;
    private final People people;
    private final Transactions transactions;
    private final ChangeLog changes;
    private final Duration retention;

    DynamoMetricHistory(Dynamo dynamo, People people, Transactions transactions, ChangeLog changes,
            Duration retention) {
        this.dynamo = dynamo;
        this.tables = dynamo.tables();
        this.people = people;
        this.transactions = transactions;
        this.changes = changes;
        this.retention = retention;
    }

    @Override
    public void record(MetricSnapshot snapshot) {
        AccountId id = snapshot.accountId();
        InfluencerId owner = people.ownerOf(id).orElseThrow(() -> new NotFoundException("account", id.value()));
        Map<String, AttributeValue> key = PersonItems.accountKey(owner, id);
        Map<String, AttributeValue> item = MetricItems.snapshot(snapshot, retention);
        Transaction showing = new Transaction()
                .update(tables.people(), key, "SET #metrics = :values, #metricsAt = :at",
                        "attribute_exists(#item) AND attribute_not_exists(#deleting) "
                                + "AND (attribute_not_exists(#metricsAt) OR #metricsAt <= :at)",
                        Map.of(":values", MetricItems.values(snapshot.reading()),
                                ":at", Values.instant(snapshot.reading().collectedAt())),
                        NotNewer::new);
        requireLiving(showing, owner, id).put(tables.metrics(), item);
        try {
            transactions.run(changes.record(showing, owner));
        } catch (NotNewer olderThanShown) {
            Transaction historyOnly = new Transaction().check(tables.people(), key,
                    "attribute_exists(#item) AND attribute_not_exists(#deleting)", null,
                    () -> new NotFoundException("account", id.value()));
            transactions.run(requireLiving(historyOnly, owner, id).put(tables.metrics(), item));
        }
    }

    @Override
    public List<MetricSnapshot> newestFirst(AccountId account, int limit) {
        List<Map<String, AttributeValue>> items = dynamo.call(() -> dynamo.client().query(request -> request
                .tableName(tables.metrics()).consistentRead(true).keyConditionExpression("#account = :account")
                .expressionAttributeNames(Map.of("#account", MetricItems.ACCOUNT))
                .expressionAttributeValues(Map.of(":account", Values.s(account.value())))
                .scanIndexForward(false).limit(limit)).items());
        return items.stream().map(MetricItems::snapshot).toList();
    }

    @Override
    public void recordFailure(CollectionFailure failure) {
        throw new UnsupportedOperationException("collection state is not on DynamoDB yet");
    }

    @Override
    public Optional<CollectionFailure> lastFailure(AccountId account) {
        throw new UnsupportedOperationException("collection state is not on DynamoDB yet");
    }

    @Override
    public List<PlatformAccount> claimDue(PlatformCode platform, Instant attemptedBefore, Instant now, Duration lease,
            int limit) {
        throw new UnsupportedOperationException("collection state is not on DynamoDB yet");
    }

    /** Removes the account's whole history, 25 snapshots a request. */
    void clear(AccountId account) {
        QueryRequest query = QueryRequest.builder().tableName(tables.metrics())
                .keyConditionExpression("#account = :account").projectionExpression("#account, #at")
                .expressionAttributeNames(Map.of("#account", MetricItems.ACCOUNT, "#at", MetricItems.AT))
                .expressionAttributeValues(Map.of(":account", Values.s(account.value()))).build();
        QueryResponse page;
        do {
            QueryRequest next = query;
            page = dynamo.call(() -> dynamo.client().query(next));
            List<WriteRequest> deletes = new ArrayList<>();
            page.items().forEach(key -> deletes.add(WriteRequest.builder()
                    .deleteRequest(DeleteRequest.builder().key(key).build()).build()));
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
            BatchWriteItemResponse response = dynamo.call(() -> dynamo.client()
                    .batchWriteItem(request -> request.requestItems(sending)));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }

    private Transaction requireLiving(Transaction transaction, InfluencerId owner, AccountId id) {
        return transaction.check(tables.people(), PersonItems.personKey(owner), "attribute_not_exists(#deleting)",
                null, () -> new NotFoundException("account", id.value()));
    }

    /** The account already shows a reading newer than this one (or is gone: the second transaction tells). */
    private static final class NotNewer extends RuntimeException {
        NotNewer() {
            super(null, null, false, false);
        }
    }
}

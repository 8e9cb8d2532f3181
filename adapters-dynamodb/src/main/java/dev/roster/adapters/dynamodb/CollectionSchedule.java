package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.CollectionItems;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * {@code claimDue} on the {@code collection} table: claims that ran out go back to the due queue, then the due queue
 * is read in order and each entry claimed by a transaction conditional on the account's item still naming that entry,
 * so of concurrent callers exactly one gets each account and the others read on. Claimed entries leave the due queue,
 * so a scheduler claiming a platform batch by batch never reads an entry twice. Without a lease nothing is written:
 * entries whose claim ran out are read where they are, in the place they would go back to.
 */
final class CollectionSchedule {

    private static final int BATCH_GET = 100;

    private final Dynamo dynamo;
    private final TableNames tables;
    private final Transactions transactions;

    CollectionSchedule(Dynamo dynamo, Transactions transactions) {
        this.dynamo = dynamo;
        this.tables = dynamo.tables();
        this.transactions = transactions;
    }

    List<PlatformAccount> claimDue(
            PlatformCode platform, Instant attemptedBefore, Instant now, Duration lease, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        if (lease.isZero()) {
            return accounts(dueWithoutWriting(platform, attemptedBefore, now, limit));
        }
        release(platform, now);
        List<Map<String, AttributeValue>> picked = new ArrayList<>();
        QueryRequest query =
                below(CollectionItems.dueQueue(platform), CollectionItems.attemptedBefore(attemptedBefore)).toBuilder()
                        .limit(limit)
                        .build();
        QueryResponse page;
        do {
            QueryRequest next = query;
            page = dynamo.call(() -> dynamo.client().query(next));
            for (Map<String, AttributeValue> entry : page.items()) {
                if (picked.size() < limit && claim(platform, entry, now.plus(lease))) {
                    picked.add(entry);
                }
            }
            query = query.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        } while (picked.size() < limit
                && page.hasLastEvaluatedKey()
                && !page.lastEvaluatedKey().isEmpty());
        return accounts(picked);
    }

    /**
     * The first {@code limit} due entries, counting those whose claim ran out by {@code now} in the place they would go
     * back to, in due order; read only.
     */
    private List<Map<String, AttributeValue>> dueWithoutWriting(
            PlatformCode platform, Instant attemptedBefore, Instant now, int limit) {
        String bound = CollectionItems.attemptedBefore(attemptedBefore);
        TreeMap<String, Map<String, AttributeValue>> bySlot = new TreeMap<>();
        for (Map<String, AttributeValue> entry : dynamo.queryAll(
                below(CollectionItems.claimedQueue(platform), CollectionItems.claimedUntilAtMost(now)))) {
            String dueSlot = CollectionItems.dueSlotOf(Values.string(entry, CollectionItems.SLOT));
            if (dueSlot.compareTo(bound) < 0) {
                bySlot.put(dueSlot, entry);
            }
        }
        QueryRequest query = below(CollectionItems.dueQueue(platform), bound).toBuilder()
                .limit(limit)
                .build();
        QueryResponse page;
        do {
            QueryRequest next = query;
            page = dynamo.call(() -> dynamo.client().query(next));
            page.items().forEach(entry -> bySlot.put(Values.string(entry, CollectionItems.SLOT), entry));
            query = query.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        } while (bySlot.size() < limit
                && page.hasLastEvaluatedKey()
                && !page.lastEvaluatedKey().isEmpty());
        return bySlot.values().stream().limit(limit).toList();
    }

    /** Puts every entry whose claim ran out by {@code now} back in its place in the due queue. */
    private void release(PlatformCode platform, Instant now) {
        for (Map<String, AttributeValue> entry : dynamo.queryAll(
                below(CollectionItems.claimedQueue(platform), CollectionItems.claimedUntilAtMost(now)))) {
            String slot = Values.string(entry, CollectionItems.SLOT);
            move(entry, CollectionItems.dueQueue(platform), CollectionItems.dueSlotOf(slot), null);
        }
    }

    private boolean claim(PlatformCode platform, Map<String, AttributeValue> entry, Instant until) {
        String slot = Values.string(entry, CollectionItems.SLOT);
        return move(entry, CollectionItems.claimedQueue(platform), CollectionItems.claimedSlot(until, slot), until);
    }

    /**
     * Moves an entry to another queue and slot, claimed until {@code until} (or no longer claimed when {@code null}),
     * with the account item's state, if the item still names the entry and neither the account nor its person is
     * being removed (their removal reads the entry's key after marking them); false when another caller moved it first.
     */
    private boolean move(Map<String, AttributeValue> entry, String queue, String slot, Instant until) {
        AccountId account = CollectionItems.account(entry);
        InfluencerId owner = CollectionItems.owner(entry);
        String update = until == null
                ? "SET #queue = :queue, #slot = :slot REMOVE #claimedUntil ADD #collectionRevision :one"
                : "SET #queue = :queue, #slot = :slot, #claimedUntil = :until ADD #collectionRevision :one";
        Map<String, AttributeValue> values = new HashMap<>();
        if (until != null) {
            values.put(":until", Values.instant(until));
        }
        values.put(":queue", Values.s(queue));
        values.put(":slot", Values.s(slot));
        values.put(":old", entry.get(CollectionItems.SLOT));
        values.put(":one", Values.n(1));
        Transaction transaction = new Transaction()
                .update(
                        tables.people(),
                        PersonItems.accountKey(owner, account),
                        update,
                        "#slot = :old AND attribute_not_exists(#deleting)",
                        values,
                        Moved::new)
                .check(
                        tables.people(),
                        PersonItems.personKey(owner),
                        "attribute_not_exists(#deleting)",
                        null,
                        Moved::new)
                .delete(
                        tables.collection(),
                        Map.of(
                                CollectionItems.QUEUE,
                                entry.get(CollectionItems.QUEUE),
                                CollectionItems.SLOT,
                                entry.get(CollectionItems.SLOT)),
                        "attribute_exists(#slot)",
                        null,
                        Moved::new)
                .put(tables.collection(), CollectionItems.entry(queue, slot, account, owner));
        try {
            transactions.run(transaction);
            return true;
        } catch (Moved lost) {
            return false;
        }
    }

    /** The entries of {@code queue} whose slot sorts below {@code bound}, in order, strongly consistent. */
    private QueryRequest below(String queue, String bound) {
        String condition = "#queue = :queue AND #slot < :bound";
        return QueryRequest.builder()
                .tableName(tables.collection())
                .consistentRead(true)
                .keyConditionExpression(condition)
                .expressionAttributeNames(Expressions.names(condition))
                .expressionAttributeValues(Map.of(":queue", Values.s(queue), ":bound", Values.s(bound)))
                .build();
    }

    /** The picked entries' accounts, in the entries' order, 100 a BatchGetItem; accounts being removed are left out. */
    private List<PlatformAccount> accounts(List<Map<String, AttributeValue>> entries) {
        Map<String, Map<String, AttributeValue>> byId = new HashMap<>();
        for (int from = 0; from < entries.size(); from += BATCH_GET) {
            List<Map<String, AttributeValue>> keys =
                    entries.subList(from, Math.min(entries.size(), from + BATCH_GET)).stream()
                            .map(entry -> PersonItems.accountKey(
                                    CollectionItems.owner(entry), CollectionItems.account(entry)))
                            .toList();
            Map<String, KeysAndAttributes> pending = Map.of(
                    tables.people(),
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> sending = pending;
                BatchGetItemResponse response =
                        dynamo.call(() -> dynamo.client().batchGetItem(request -> request.requestItems(sending)));
                response.responses()
                        .getOrDefault(tables.people(), List.of())
                        .forEach(item -> byId.put(Values.string(item, PersonItems.ID), item));
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        List<PlatformAccount> accounts = new ArrayList<>();
        for (Map<String, AttributeValue> entry : entries) {
            Map<String, AttributeValue> item = byId.get(Values.string(entry, CollectionItems.ACCOUNT));
            if (item != null && !Values.flag(item, PersonItems.DELETING)) {
                accounts.add(PersonItems.platformAccount(item));
            }
        }
        return accounts;
    }

    /** Another caller claimed, released or collected the account first, or it is being removed. */
    private static final class Moved extends RuntimeException {
        Moved() {
            super(null, null, false, false);
        }
    }
}

package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.CollectionItems;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.domain.influencer.PlatformAccount;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One change of an account's collection state, read from its item: an Update of the item conditional on the item
 * being unchanged since (its collection revision), plus the move of its schedule entry when the attempt or the claim
 * moved it. Optimistic because the entry's new key depends on what the item held: a writer that loses re-reads.
 */
final class StateWrite {

    private final TableNames tables;
    private final Map<String, AttributeValue> item;
    private final PlatformAccount stored;
    private final StringJoiner set = new StringJoiner(", ", "SET ", "");
    private final Map<String, AttributeValue> values = new HashMap<>();
    private String queue;
    private String slot;

    StateWrite(TableNames tables, Map<String, AttributeValue> item) {
        this.tables = tables;
        this.item = item;
        this.stored = PersonItems.platformAccount(item);
        this.queue = Values.string(item, CollectionItems.QUEUE);
        this.slot = Values.string(item, CollectionItems.SLOT);
    }

    StateWrite set(String attribute, AttributeValue value) {
        set.add("#" + attribute + " = :" + attribute);
        values.put(":" + attribute, value);
        return this;
    }

    /** Counts an attempt at {@code at}; the last attempt only moves forward, and the entry with it. */
    StateWrite attempted(Instant at) {
        Instant last = CollectionItems.attempted(item).orElse(null);
        if (last != null && !at.isAfter(last)) {
            return this;
        }
        set(CollectionItems.ATTEMPTED, Values.instant(at));
        Instant claimed = CollectionItems.claimedUntil(item).orElse(null);
        if (claimed != null) {
            return moveTo(
                    CollectionItems.claimedQueue(stored.platform()),
                    CollectionItems.claimedSlot(claimed, at, stored.id()));
        }
        return moveTo(CollectionItems.dueQueue(stored.platform()), CollectionItems.dueSlot(at, stored.id()));
    }

    private StateWrite moveTo(String newQueue, String newSlot) {
        set(CollectionItems.QUEUE, Values.s(newQueue));
        set(CollectionItems.SLOT, Values.s(newSlot));
        this.queue = newQueue;
        this.slot = newSlot;
        return this;
    }

    boolean changes() {
        return !values.isEmpty();
    }

    /**
     * Adds the Update (and the entry's move) to {@code transaction}; {@code lost} is thrown when the item changed
     * since it was read, or is gone or being removed (the caller re-reads to tell which).
     */
    Transaction addTo(Transaction transaction, Supplier<? extends RuntimeException> lost) {
        long revision = item.containsKey(CollectionItems.REVISION) ? Values.number(item, CollectionItems.REVISION) : -1;
        String unchanged =
                revision < 0 ? "attribute_not_exists(#collectionRevision)" : "#collectionRevision = :revision";
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":next", Values.n(revision + 1));
        if (revision >= 0) {
            all.put(":revision", Values.n(revision));
        }
        transaction.update(
                tables.people(),
                PersonItems.accountKey(stored.influencerId(), stored.id()),
                set.add("#collectionRevision = :next").toString(),
                "attribute_exists(#item) AND attribute_not_exists(#deleting) AND " + unchanged,
                all,
                lost);
        String oldQueue = Values.string(item, CollectionItems.QUEUE);
        String oldSlot = Values.string(item, CollectionItems.SLOT);
        if (slot != null && !(slot.equals(oldSlot) && queue.equals(oldQueue))) {
            if (oldSlot != null) {
                transaction.delete(tables.collection(), CollectionItems.entryKey(oldQueue, oldSlot));
            }
            transaction.put(
                    tables.collection(), CollectionItems.entry(queue, slot, stored.id(), stored.influencerId()));
        }
        return transaction;
    }
}

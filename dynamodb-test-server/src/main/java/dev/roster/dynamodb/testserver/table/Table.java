package dev.roster.dynamodb.testserver.table;

import dev.roster.dynamodb.testserver.value.Items;
import dev.roster.dynamodb.testserver.value.Value;
import dev.roster.dynamodb.testserver.value.ValueOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One table's items, partition by partition, each partition sorted by sort key. Not thread-safe: the
 * {@link Database}'s lock guards every table. Items are immutable maps, so a reader may keep one after the lock.
 */
public final class Table {

    /** Where items of a table without a sort key sit in their partition. */
    private static final Value NO_SORT_KEY = new Value.Null();

    private final String name;
    private final KeySchema schema;
    private final Instant created;
    private final Billing billing;
    private final String id = UUID.randomUUID().toString();
    private final NavigableMap<PartitionKey, NavigableMap<Value, Map<String, Value>>> partitions = new TreeMap<>();
    private TimeToLive timeToLive = TimeToLive.DISABLED;
    private long itemCount;
    private long sizeBytes;

    Table(String name, KeySchema schema, Billing billing, Instant created) {
        this.name = name;
        this.schema = schema;
        this.billing = billing;
        this.created = created;
    }

    /** How the table is billed: on demand, or provisioned with read and write units. */
    public record Billing(String mode, long readUnits, long writeUnits) {}

    public String name() {
        return name;
    }

    public KeySchema schema() {
        return schema;
    }

    public Billing billing() {
        return billing;
    }

    public Instant created() {
        return created;
    }

    public String id() {
        return id;
    }

    public long itemCount() {
        return itemCount;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public TimeToLive timeToLive() {
        return timeToLive;
    }

    public void timeToLive(TimeToLive settings) {
        this.timeToLive = settings;
    }

    /** The item with {@code key} (checked against the schema), or {@code null}. */
    public Map<String, Value> get(Map<String, Value> key) {
        NavigableMap<Value, Map<String, Value>> partition =
                partitions.get(PartitionKey.of(key.get(schema.partitionKey())));
        return partition == null ? null : partition.get(sortValue(key));
    }

    /** Stores {@code item} (its key checked), replacing and returning the item with the same key, if any. */
    public Map<String, Value> put(Map<String, Value> item) {
        Map<String, Value> stored = Collections.unmodifiableMap(item);
        Map<String, Value> old = partitions
                .computeIfAbsent(
                        PartitionKey.of(item.get(schema.partitionKey())), key -> new TreeMap<>(ValueOrder.KEYS))
                .put(sortValue(item), stored);
        account(old, -1);
        account(stored, 1);
        return old;
    }

    /** Removes and returns the item with {@code key}, or returns {@code null}. */
    public Map<String, Value> delete(Map<String, Value> key) {
        PartitionKey partitionKey = PartitionKey.of(key.get(schema.partitionKey()));
        NavigableMap<Value, Map<String, Value>> partition = partitions.get(partitionKey);
        if (partition == null) {
            return null;
        }
        Map<String, Value> old = partition.remove(sortValue(key));
        if (partition.isEmpty()) {
            partitions.remove(partitionKey);
        }
        account(old, -1);
        return old;
    }

    private void account(Map<String, Value> item, int sign) {
        if (item != null) {
            itemCount += sign;
            sizeBytes += sign * (long) Items.size(item);
        }
    }

    /**
     * The items of one partition whose sort keys are in {@code range}, in sort key order ({@code forward}) or reverse;
     * read it under the database's lock. (Iterators, not streams: a stream over a sorted map's view counts the view
     * first, which is a walk of all of it.)
     */
    public Iterator<Map<String, Value>> partition(Value partitionKey, SortRange range, boolean forward) {
        NavigableMap<Value, Map<String, Value>> partition = partitions.get(PartitionKey.of(partitionKey));
        if (partition == null || range.empty()) {
            return Collections.emptyIterator();
        }
        NavigableMap<Value, Map<String, Value>> part = partition;
        if (range.low() != null) {
            part = part.tailMap(range.low(), range.lowInclusive());
        }
        if (range.high() != null) {
            part = part.headMap(range.high(), range.highInclusive());
        }
        return (forward ? part : part.descendingMap()).values().iterator();
    }

    /**
     * The items of scan segment {@code segment} of {@code total}, in scan order, after {@code start} (a key, or
     * {@code null} for the beginning). Read it under the database's lock.
     */
    public Iterator<Map<String, Value>> scan(int segment, int total, Map<String, Value> start) {
        long end = PartitionKey.segmentStart(segment + 1, total);
        Iterator<Map<String, Value>> head = Collections.emptyIterator();
        NavigableMap<PartitionKey, NavigableMap<Value, Map<String, Value>>> rest;
        if (start != null) {
            PartitionKey startPartition = PartitionKey.of(start.get(schema.partitionKey()));
            NavigableMap<Value, Map<String, Value>> same = partitions.get(startPartition);
            if (same != null) {
                head = same.tailMap(sortValue(start), false).values().iterator();
            }
            rest = partitions.tailMap(startPartition, false);
        } else {
            rest = partitions.tailMap(new PartitionKey(PartitionKey.segmentStart(segment, total), null), true);
        }
        return new SegmentItems(head, rest.entrySet().iterator(), end);
    }

    /** The items of the partitions that follow, up to the first partition whose hash is past the segment's end. */
    private static final class SegmentItems implements Iterator<Map<String, Value>> {
        private final Iterator<Map.Entry<PartitionKey, NavigableMap<Value, Map<String, Value>>>> partitions;
        private final long end;
        private Iterator<Map<String, Value>> current;
        private boolean ended;

        SegmentItems(
                Iterator<Map<String, Value>> head,
                Iterator<Map.Entry<PartitionKey, NavigableMap<Value, Map<String, Value>>>> partitions,
                long end) {
            this.current = head;
            this.partitions = partitions;
            this.end = end;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !ended) {
                if (!partitions.hasNext()) {
                    ended = true;
                } else {
                    Map.Entry<PartitionKey, NavigableMap<Value, Map<String, Value>>> next = partitions.next();
                    if (next.getKey().hash() >= end) {
                        ended = true;
                    } else {
                        current = next.getValue().values().iterator();
                    }
                }
            }
            return current.hasNext();
        }

        @Override
        public Map<String, Value> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }

    /** Every item (for the TTL sweep), copied. */
    public List<Map<String, Value>> all() {
        List<Map<String, Value>> items = new ArrayList<>();
        partitions.values().forEach(partition -> items.addAll(partition.values()));
        return items;
    }

    private Value sortValue(Map<String, Value> keyOrItem) {
        return schema.hasSortKey() ? keyOrItem.get(schema.sortKey()) : NO_SORT_KEY;
    }
}

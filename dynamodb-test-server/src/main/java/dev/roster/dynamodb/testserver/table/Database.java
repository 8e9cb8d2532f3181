package dev.roster.dynamodb.testserver.table;

import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.value.Value;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Every table of the server, behind one read-write lock: a write (single-item or a whole transaction) holds it
 * exclusively, so each is atomic and isolated from every other request; reads share it. One lock is plenty for a test
 * server (a request holds it for microseconds) and leaves no room for a lost update or a torn transaction.
 */
public final class Database {

    /** Items whose expiry is five years or more in the past are left alone ("How it works: DynamoDB TTL"). */
    private static final Duration TTL_HORIZON = Duration.ofDays(5 * 365);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<String, Table> tables = new TreeMap<>();
    private final Clock clock;
    private final ClientTokens tokens;

    public Database(Clock clock) {
        this.clock = clock;
        this.tokens = new ClientTokens(clock);
    }

    public Clock clock() {
        return clock;
    }

    public ClientTokens tokens() {
        return tokens;
    }

    public <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T write(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The table named {@code name}; call under the lock. */
    public Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw DynamoDbException.tableNotFound();
        }
        return table;
    }

    public Table find(String name) {
        return tables.get(name);
    }

    public Table create(String name, KeySchema schema, Table.Billing billing) {
        if (tables.containsKey(name)) {
            throw DynamoDbException.resourceInUse("Table already exists: " + name);
        }
        Table table = new Table(name, schema, billing, clock.instant());
        tables.put(name, table);
        return table;
    }

    public Table drop(String name) {
        Table table = table(name);
        tables.remove(name);
        return table;
    }

    /** Table names in order, from the one after {@code after} (or the first), at most {@code limit}. */
    public List<String> names(String after, int limit) {
        List<String> names = new ArrayList<>();
        for (String name :
                after == null ? tables.keySet() : tables.tailMap(after, false).keySet()) {
            if (names.size() == limit) {
                break;
            }
            names.add(name);
        }
        return names;
    }

    public boolean hasTableAfter(String name) {
        return tables.higherKey(name) != null;
    }

    /**
     * Deletes every item whose TTL attribute (a number, epoch seconds) is before the clock's now, in every table with
     * TTL enabled, as DynamoDB's background TTL process eventually does; returns how many it deleted.
     */
    public int expireItems() {
        return write(() -> {
            Instant now = clock.instant();
            BigDecimal nowSeconds = BigDecimal.valueOf(now.getEpochSecond());
            BigDecimal horizon = BigDecimal.valueOf(now.minus(TTL_HORIZON).getEpochSecond());
            int deleted = 0;
            for (Table table : tables.values()) {
                TimeToLive ttl = table.timeToLive();
                if (!ttl.enabled()) {
                    continue;
                }
                for (Map<String, Value> item : table.all()) {
                    if (item.get(ttl.attributeName()) instanceof Value.N expiry
                            && expiry.value().compareTo(nowSeconds) < 0
                            && expiry.value().compareTo(horizon) > 0) {
                        table.delete(table.schema().keyOf(item));
                        deleted++;
                    }
                }
            }
            return deleted;
        });
    }
}

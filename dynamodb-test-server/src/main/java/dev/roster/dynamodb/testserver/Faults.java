package dev.roster.dynamodb.testserver;

import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.operation.Operation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults a test asks the server for: the next requests (of one operation, or of any) answered with an error, requests
 * slowed by a latency, batch requests that leave items unprocessed as a throttled table does. Thread-safe.
 */
public final class Faults {

    private final Deque<Planned> planned = new ArrayDeque<>();
    private final Map<Operation, Duration> latencies = new EnumMap<>(Operation.class);
    private final Map<Operation, Integer> unprocessed = new EnumMap<>(Operation.class);
    private final AtomicInteger injected = new AtomicInteger();

    private record Planned(Operation operation, Fault fault) {}

    /** The next {@code count} requests, whatever their operation, are answered with {@code fault}. */
    public synchronized Faults failNext(int count, Fault fault) {
        return failNext(null, count, fault);
    }

    /** The next {@code count} requests of {@code operation} are answered with {@code fault}. */
    public synchronized Faults failNext(Operation operation, int count, Fault fault) {
        for (int i = 0; i < count; i++) {
            planned.add(new Planned(operation, fault));
        }
        return this;
    }

    /** Every request of {@code operation} waits {@code latency} before it is served (zero: no more waiting). */
    public synchronized Faults delay(Operation operation, Duration latency) {
        latencies.put(operation, latency);
        return this;
    }

    /**
     * The next {@code count} {@code BatchGetItem} or {@code BatchWriteItem} requests serve only their first item and
     * return the others as {@code UnprocessedKeys} / {@code UnprocessedItems}, as a throttled table does.
     */
    public synchronized Faults leaveUnprocessed(Operation operation, int count) {
        if (operation != Operation.BatchGetItem && operation != Operation.BatchWriteItem) {
            throw new IllegalArgumentException("only batch operations leave items unprocessed: " + operation);
        }
        unprocessed.put(operation, count);
        return this;
    }

    /** How many requests were answered with a fault (or left items unprocessed) so far. */
    public int injected() {
        return injected.get();
    }

    /** No more faults or latencies; the count of injected faults is kept. */
    public synchronized void clear() {
        planned.clear();
        latencies.clear();
        unprocessed.clear();
    }

    synchronized Duration latency(Operation operation) {
        return latencies.getOrDefault(operation, Duration.ZERO);
    }

    /** The error planned for this request of {@code operation}, taken off the plan, or {@code null}. */
    synchronized DynamoDbException take(Operation operation) {
        for (Planned next : planned) {
            if (next.operation() == null || next.operation() == operation) {
                planned.remove(next);
                injected.incrementAndGet();
                Fault fault = next.fault();
                return new DynamoDbException(fault.status(), fault.type(), fault.message());
            }
        }
        return null;
    }

    /** Whether this batch request should leave all but its first item unprocessed. */
    synchronized boolean takeUnprocessed(Operation operation) {
        int left = unprocessed.getOrDefault(operation, 0);
        if (left == 0) {
            return false;
        }
        unprocessed.put(operation, left - 1);
        injected.incrementAndGet();
        return true;
    }
}

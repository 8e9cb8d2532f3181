package dev.roster.bench.common;

import java.util.Arrays;

/** Response times of one operation, in nanoseconds, and their percentiles. */
public final class Latencies {

    private final long[] nanos;
    private int count;

    public Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    public void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    public int count() {
        return count;
    }

    /** Adds every time taken here to {@code other}, to summarise several operations together. */
    public void addTo(Latencies other) {
        for (int i = 0; i < count; i++) {
            other.add(nanos[i]);
        }
    }

    /** The {@code percent} percentile in milliseconds (nearest rank). */
    public double percentile(double percent) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1_000_000.0;
    }

    public String summary() {
        return String.format(
                "p50 %.3f ms, p95 %.3f ms, p99 %.3f ms (n=%d)", percentile(50), percentile(95), percentile(99), count);
    }
}

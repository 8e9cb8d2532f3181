package dev.roster.bench.excel;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a phase kept alive: the largest heap occupancy left after any collection during the phase. Eden
 * filling up with garbage is not memory the work needs; what survives a collection is.
 */
final class HeapPeak {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong base = new AtomicLong();

    /** Listens to every collector of this JVM from now on; one per harness run. */
    HeapPeak() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (notification
                                        .getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo.from(
                                                    (CompositeData) notification.getUserData())
                                            .getGcInfo()
                                            .getMemoryUsageAfterGc();
                                    long used = after.values().stream()
                                            .mapToLong(MemoryUsage::getUsed)
                                            .sum();
                                    peak.accumulateAndGet(used, Math::max);
                                }
                            },
                            null,
                            null);
        }
    }

    void reset() {
        System.gc();
        base.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        peak.set(base.get());
    }

    /** What the harness itself held when the phase began (the test data): not the phase's doing. */
    long baseMegabytes() {
        return base.get() / (1024 * 1024);
    }

    /** The peak since {@link #reset()} above the base, after one more collection so that the phase's end counts. */
    long megabytes() {
        System.gc();
        return Math.max(0, peak.get() - base.get()) / (1024 * 1024);
    }
}

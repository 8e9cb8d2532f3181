package dev.roster.application.collection;

import dev.roster.domain.influencer.CollectionFailure;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What running one batch came to.
 *
 * @param collected accounts whose metrics were recorded
 * @param skipped   accounts deleted (or moved) since they were scheduled
 * @param failed    accounts whose collection failed, by how
 */
public record CollectionReport(int collected, int skipped, Map<CollectionFailure.Status, Integer> failed) {

    public CollectionReport {
        failed = Map.copyOf(failed);
    }

    public int failedTotal() {
        return failed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The report as a job result: {@code collected}, {@code skipped}, {@code failed} and one count per status. */
    public Map<String, Object> toJobResult() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("collected", (long) collected);
        result.put("skipped", (long) skipped);
        result.put("failed", (long) failedTotal());
        new EnumMap<>(failed).forEach((status, count) -> result.put(status.label(), (long) count));
        return result;
    }
}

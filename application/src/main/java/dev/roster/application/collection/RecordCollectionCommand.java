package dev.roster.application.collection;

import java.time.Instant;
import java.util.Map;

/**
 * What a collector reports about one account: either the metrics it read, or why it could not.
 *
 * @param metrics       figures by metric name, or {@code null} when reporting a failure
 * @param failureStatus {@code not_found}, {@code private}, {@code rate_limited}, {@code page_changed}, {@code refused} or
 *                      {@code transient}; {@code null} when reporting metrics
 */
public record RecordCollectionCommand(
        String platform,
        String accountId,
        Instant collectedAt,
        Map<String, Long> metrics,
        String failureStatus,
        String failureReason) {}

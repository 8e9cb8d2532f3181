package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.util.Map;

/**
 * What a collector posts for one account: the metrics it read, or why it could not.
 *
 * @param metrics {@code null} when reporting a failure
 * @param failure {@code null} when reporting metrics
 */
public record CollectionReportRequest(Instant collectedAt, Map<String, Long> metrics, Failure failure) {

    /** Why the page could not be read: a {@code status} such as {@code private}, and a reason for staff. */
    public record Failure(String status, String reason) {}

    public static CollectionReportRequest metrics(Instant collectedAt, Map<String, Long> metrics) {
        return new CollectionReportRequest(collectedAt, metrics, null);
    }

    public static CollectionReportRequest failure(Instant collectedAt, String status, String reason) {
        return new CollectionReportRequest(collectedAt, null, new Failure(status, reason));
    }
}

package dev.roster.adapters.http.routes.dto;

import java.time.Instant;
import java.util.Map;

/** A background job as its caller follows it; {@code result} is null until it succeeded. */
public record JobDto(
        String id,
        String type,
        String status,
        ProgressDto progress,
        Map<String, Object> result,
        String failureReason,
        Instant createdAt,
        Instant updatedAt) {

    /** How much is done: {@code done} of {@code total} units, total 0 while unknown. */
    public record ProgressDto(long done, long total, int percent) {}
}

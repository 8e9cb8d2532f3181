package dev.roster.adapters.postgres.mapping;

import java.time.Instant;

/** A {@code platform_account} row as read; {@code metrics} is the latest reading's JSON, or null. */
public record AccountRow(
        String id,
        String influencerId,
        String platform,
        String handle,
        String profileUrl,
        String email,
        String notes,
        String metrics,
        Instant metricsCollectedAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {}

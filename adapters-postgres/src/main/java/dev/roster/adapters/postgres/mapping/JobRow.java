package dev.roster.adapters.postgres.mapping;

import java.time.Instant;

/** A {@code job} row, read or written; parameters and result are JSON objects. */
public record JobRow(
        String id,
        String type,
        String status,
        String parameters,
        long progressDone,
        long progressTotal,
        String result,
        String failureReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {}

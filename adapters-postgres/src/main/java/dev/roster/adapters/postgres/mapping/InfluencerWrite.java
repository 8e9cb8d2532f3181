package dev.roster.adapters.postgres.mapping;

import java.time.Instant;

/** An {@code influencer} row as written, with the keys that uniqueness and search compare. */
public record InfluencerWrite(
        String id,
        String name,
        String phone,
        String identityKey,
        String nameKey,
        long version,
        Instant createdAt,
        Instant updatedAt) {}

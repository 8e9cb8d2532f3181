package dev.roster.adapters.postgres.mapping;

import java.time.Instant;

/** An {@code influencer} row as read. */
public record InfluencerRow(String id, String name, String phone, long version, Instant createdAt, Instant updatedAt) {}

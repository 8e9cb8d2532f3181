package dev.roster.adapters.postgres.mapping;

import java.time.Instant;

/**
 * A {@code platform_account} row as written: the account's fields plus the case keys and search bigrams that the
 * unique index, the sort indexes and the search index work on (the codes as {@link SearchGrams#stored} gives them).
 */
public record AccountWrite(
        String id,
        String influencerId,
        String platform,
        String handle,
        String handleKey,
        String nameKey,
        String profileUrl,
        String email,
        String emailKey,
        String notes,
        int[] nameGrams,
        int[] accountGrams,
        long version,
        Instant createdAt,
        Instant updatedAt) {}
